import { assembleResources } from '../../shared/operations';
import { campaign } from './campaign';
import { runner } from './runner';
import { runnerSchedule } from './runnerSchedule';
import { workflow } from './workflow';

/** The Ytel Campaigns node's resources: campaigns, their workflows, runners and runner schedules. */
export const campaignsResources = assembleResources([campaign, workflow, runner, runnerSchedule], 'campaign');

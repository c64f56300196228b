import { assembleResources } from '../../shared/operations';
import { ai } from './ai';
import { asset } from './asset';
import { contact } from './contact';
import { conversation } from './conversation';
import { dnc } from './dnc';
import { inbox } from './inbox';
import { savedQuery } from './savedQuery';
import { shortcode } from './shortcode';
import { sms } from './sms';
import { smsTemplate } from './smsTemplate';
import { webhookCommonConfiguration } from './webhookCommonConfiguration';
import { webhookConfiguration } from './webhookConfiguration';

/** Every resource and operation of the Ytel node (messaging, contacts, inbox, DNC, assets, webhooks). */
export const ytelResources = assembleResources(
	[sms, smsTemplate, shortcode, conversation, inbox, contact, savedQuery, dnc, ai, asset, webhookConfiguration, webhookCommonConfiguration],
	'sms',
);

import { assembleResources } from '../../shared/operations';
import { currency } from './currency';
import { filter } from './filter';
import { gateway } from './gateway';
import { integration } from './integration';
import { shipping } from './shipping';

/** The Rebillia settings node's resources: currencies, gateways, integrations, shipping and saved filters. */
export const settingsResources = assembleResources([currency, gateway, integration, shipping, filter], 'currency');

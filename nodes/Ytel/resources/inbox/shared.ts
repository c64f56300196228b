import type { INodeProperties } from 'n8n-workflow';
import { inboxLocator, listBodyField, text } from '../common';

export const accountSid = text('Account SID', 'accountSid', 'e.g. 173c6f7f-c911-f823-fb2d-a13e4780c300', { description: 'Your Ytel account SID' });
export const inboxInPath = inboxLocator();

export const OPEN = [
	{ name: 'Open', value: 'open' },
	{ name: 'Closed', value: 'closed' },
];




export const displayName: INodeProperties = text('Display Name', 'displayName', 'e.g. Support', { description: 'The name people see' });
export const clientIds = listBodyField({ displayName: 'Client IDs', name: 'clientIds', placeholder: 'e.g. 3f1c…', description: 'The clients (users) who see the inbox, separated by commas' });

/**
 * One scenario per request of the `ytel` node's folders (50): the node's parameters, the exact
 * body and query the request must carry (written from the collection's example, its variables
 * filled with the simulator's values) and the path's id values.
 */
import type { IDataObject } from 'n8n-workflow';
import { YtelApi } from '../../credentials/YtelApi.credentials';
import { Ytel } from '../../nodes/Ytel/Ytel.node';
import { exampleBodyOf, rowFor, type CoverageScenario, type LoggedRequest } from '../helpers/coverage';
import type { TestEnvironment } from '../helpers/engine';
import { rowsOf } from '../helpers/rows';
import { YTEL_ACCOUNT_SID, type YtelSim } from '../helpers/ytel-sim';
import { ytelCredentials } from './numbers-env';

export const YTEL_FOLDERS = ['AI/ML', 'Assets', 'Contacts', 'DNC', 'Inbox', 'Saved Contact Queries', 'Shortcodes', 'SMS', 'SMS Templates', 'Webhooks'];
export const ytelRows = rowsOf('Ytel', YTEL_FOLDERS.map((folder) => ['CPaaS API', folder]));

/** A file the scenario uploads: the form's file field, the other form fields, and the item's binary. */
export interface Upload {
	fileField: string;
	fields: Record<string, string>;
	fileName: string;
	mimeType: string;
	content: string;
}

export type YtelScenario = CoverageScenario<YtelSim> & { upload?: Upload };

/** The `ytel` node with the real ytelApi credential (email and password) against the simulator. */
export function ytelEnvironment(sim: YtelSim): TestEnvironment {
	return { nodeTypes: { ytel: new Ytel() }, credentialTypes: { ytelApi: new YtelApi() }, credentials: { ytelApi: ytelCredentials(sim) } };
}

/** A scenario's input item: its upload as binary (a WAV under `audio`, anything else under `data`). */
export const inputOf = (upload?: Upload): IDataObject[] =>
	upload
		? [{ json: {}, binary: { [upload.fileField === 'file' && upload.content.startsWith('RIFF') && upload.content.endsWith('v2') ? 'audio' : 'data']: { data: Buffer.from(upload.content).toString('base64'), mimeType: upload.mimeType, fileName: upload.fileName } } }]
		: [{}];

/** The collection's variables, with the simulator's values (as its own tests fill them). */
const VARIABLES: Record<string, string> = {
	'{{accountsid}}': YTEL_ACCOUNT_SID,
	'{{accountSid}}': YTEL_ACCOUNT_SID,
	'{{fromnumber}}': '+12513561234',
	'{{tonumber}}': '+19492221234',
	'{{callbackurl}}': 'https://yourdomain.com/status',
	'{{clientId}}': '5c0ff1a0-3a34-11e9-b009-c14bf1e5a058',
};
const fill = (value: unknown): IDataObject => JSON.parse(Object.entries(VARIABLES).reduce((text, [name, filled]) => text.split(name).join(filled), JSON.stringify(value)));
export const exampleOf = (name: string, folder: string) => fill(exampleBodyOf(rowFor(ytelRows, { row: name, folder: ['CPaaS API', folder] })));

export const rl = (value: string) => ({ __rl: true, mode: 'id', value });
const pairs = (object: IDataObject) => ({ pair: Object.entries(object).map(([name, value]) => ({ name, value })) });
const list = { returnAll: true };

const CONTACT = 'c0b13242-777d-4e89-b9b2-fb5c14a1bbcf';
const CONVERSATION_CONTACT = '222cd43d-f4c2-4400-9e74-baa1ee4fce81';
const TEMPLATE = '3539d410-5f65-11eb-a080-51e25f7d5918';
const COMMON_CONFIG = 'b41770b0-5503-11eb-9a67-59113aa55d66';
const CONFIG = '93c9d4f0-55bd-11eb-8a79-2920273e2f39';
const WAVE = 'RIFF....WAVEfmt ';
const CSV_CONTACTS = 'firstname,phonenumber1\nAna,+15550001234\n';
const CSV_DNC = '+15558675309\n+15558675310\n';

const contactDataOf = (extData: IDataObject) => {
	const typed = ['firstname', 'lastname', 'phonenumber1', 'email1', 'address1', 'city1', 'zip1', 'country1', 'notes', 'externalcontactkey'];
	const more = Object.fromEntries(Object.entries(extData).filter(([key]) => !typed.includes(key)));
	return {
		...Object.fromEntries(Object.entries(extData).filter(([key]) => typed.includes(key))),
		...(Object.keys(more).length ? { moreFields: pairs(more) } : {}),
	};
};

function statementRows(statements: IDataObject[]) {
	return { statement: statements.map((statement) => ({ variable: statement.variable, operator: statement.operation, value: statement.value ?? '', ...('negated' in statement ? { negated: statement.negated } : {}) })) };
}

function webhookParameters(body: IDataObject) {
	return {
		eventType: body.eventType,
		name: body.name,
		enabled: body.enabled,
		url: body.url,
		httpMethod: body.httpMethod,
		contentType: body.contentType,
		headers: pairs(body.headers as IDataObject),
		bodyTemplate: body.bodyTemplate,
		successPath: body.successPath,
		successValue: body.successValue,
		responseMapping: pairs(body.responseMapping as IDataObject),
	};
}
function commonParameters(body: IDataObject) {
	return { name: body.name, description: body.description, headers: pairs(body.headers as IDataObject), authHeaders: pairs(body.authHeaders as IDataObject) };
}
function savedQueryParameters(body: IDataObject) {
	const query = body.query as IDataObject;
	return { queryName: body.queryName, from: query.from, size: query.size, statements: statementRows(query.statements as IDataObject[]) };
}
function conversationMetadata(body: IDataObject) {
	return body.metadata as IDataObject;
}

const sendSms = exampleOf('Send SMS', 'SMS');
const addContact = exampleOf('Add Contact', 'Contacts');
const editContact = exampleOf('Edit Contact', 'Contacts');
const searchContacts = exampleOf('Search Contacts', 'Contacts');
const addDnc = exampleOf('Add Dnc', 'DNC');
const updateInboxStatus = exampleOf('Update Inbox status', 'Inbox');
const sendMessage = exampleOf('Send Message', 'Inbox');
const createInbox = exampleOf('Create Inbox', 'Inbox');
const updateInbox = exampleOf('Update Inbox', 'Inbox');
const notes = exampleOf('Add conversation notes', 'Inbox');
const externalEvent = exampleOf('Add conversation external event', 'Inbox');
const addQuery = exampleOf('Add Saved Query', 'Saved Contact Queries');
const updateQuery = exampleOf('Update Saved Query', 'Saved Contact Queries');
const shortcode = exampleOf('Edit Shortcode', 'Shortcodes');
const addTemplate = exampleOf('Add Template', 'SMS Templates');
const editTemplate = exampleOf('Edit Template', 'SMS Templates');
const addCommon = exampleOf('Add Webook Common Configuration', 'Webhooks');
const editCommon = exampleOf('Edit Webhook Common Configuration', 'Webhooks');
const addConfig = exampleOf('Add Webhook Configuration', 'Webhooks');
const editConfig = exampleOf('Edit Webhook Configuration', 'Webhooks');
const reword = exampleOf('Reword text', 'AI/ML');

// The entry Update Inbox status marks: the saved Get inbox example's own (another account's inbox, …c307).
const INBOX_ENTRY = { inbox: '173c6f7f-c911-f823-fb2d-a13e4780c307', time: 'db31d030-6156-11ed-8f22-3d2972e44898' };

export const ytelScenarios: YtelScenario[] = [
	{
		row: 'Reword text',
		parameters: { resource: 'ai', operation: 'reword', text: reword.text, type: 'sms' },
		body: () => reword,
	},
	{ row: 'Get Assets', parameters: { resource: 'asset', operation: 'getAll', ...list } },
	{ row: 'Get Assets by Type', parameters: { resource: 'asset', operation: 'getAll', ...list, assetFilters: { type: 'audio' } }, query: { type: 'audio' } },
	{ row: 'Delete Asset', parameters: { resource: 'asset', operation: 'delete', assetType: 'audio', assetName: 'testwav.wav' }, path: { type: 'audio', name: 'testwav.wav' } },
	{
		row: 'Upload Asset',
		parameters: { resource: 'asset', operation: 'upload', assetType: 'audio', assetName: 'myaudio.wav', binaryPropertyName: 'data' },
		upload: { fileField: 'file', fields: { type: 'audio', name: 'myaudio.wav' }, fileName: 'myaudio.wav', mimeType: 'audio/wav', content: WAVE },
	},
	{
		row: 'Update Asset',
		parameters: { resource: 'asset', operation: 'update', assetType: 'audio', assetName: 'myaudio.wav', binaryPropertyName: 'audio' },
		upload: { fileField: 'file', fields: { type: 'audio', name: 'myaudio.wav' }, fileName: 'myaudio.wav', mimeType: 'audio/wav', content: `${WAVE}v2` },
	},
	{ row: 'Get Contacts', parameters: { resource: 'contact', operation: 'getAll', returnAll: false, limit: 5 } },
	{
		row: 'Add Contact',
		// The collection's contact is the one its own example created: an account without it.
		parameters: async (sim) => {
			await sim.reset(true);
			return { resource: 'contact', operation: 'create', extData: contactDataOf(addContact.extData as IDataObject), keys: (addContact.keys as string[]).join(', ') };
		},
		body: () => addContact,
	},
	{
		row: 'Search Contacts',
		parameters: {
			resource: 'contact',
			operation: 'search',
			returnAll: false,
			limit: searchContacts.size,
			keys: (searchContacts.keys as string[]).join(','),
			statements: statementRows(searchContacts.statements as IDataObject[]),
		},
		body: () => searchContacts,
	},
	{
		row: 'Upload Contacts',
		parameters: { resource: 'contact', operation: 'upload', binaryPropertyName: 'data', conflictMode: 'REJECT' },
		query: { conflictMode: 'REJECT' },
		upload: { fileField: 'parts', fields: {}, fileName: 'contacts.csv', mimeType: 'text/csv', content: CSV_CONTACTS },
	},
	{
		row: 'Upload Contacts Async',
		parameters: { resource: 'contact', operation: 'uploadAsync', binaryPropertyName: 'data', conflictMode: 'REJECT', callback: 'websocket', incrementalCallback: true },
		query: { conflictMode: 'REJECT', callback: 'websocket', incrementalCallback: 'true' },
		upload: { fileField: 'parts', fields: {}, fileName: 'contacts.csv', mimeType: 'text/csv', content: CSV_CONTACTS },
	},
	{
		row: 'Edit Contact',
		parameters: {
			resource: 'contact',
			operation: 'update',
			contactId: rl(CONTACT),
			extData: contactDataOf(editContact.extData as IDataObject),
			keys: (editContact.keys as string[]).join(', '),
			rmkeys: (editContact.rmkeys as string[]).join(', '),
		},
		body: () => editContact,
		path: { contactId: CONTACT },
	},
	{ row: 'Archive Contact', parameters: { resource: 'contact', operation: 'archive', contactId: rl(CONTACT) }, path: { contactId: CONTACT } },
	{ row: 'Get Contact', parameters: { resource: 'contact', operation: 'get', contactId: rl(CONTACT) }, path: { contactId: CONTACT } },
	{
		row: 'Unarchive Contact',
		parameters: async (sim) => {
			await sim.api('DELETE', `/v4/contact/${CONTACT}`);
			return { resource: 'contact', operation: 'unarchive', contactId: rl(CONTACT) };
		},
		path: { contactId: CONTACT },
	},
	{
		row: 'Add Dnc',
		parameters: {
			resource: 'dnc',
			operation: 'add',
			endpoint: addDnc.endpoint,
			selector: addDnc.selector,
			subtype: addDnc.subtype,
			dncOptions: { selectors: (addDnc.selectors as string[]).join(', '), subtypes: addDnc.subtypes },
		},
		body: () => addDnc,
	},
	{
		row: 'Upload DNC',
		parameters: { resource: 'dnc', operation: 'upload', binaryPropertyName: 'data', uploadMode: 'sync' },
		upload: { fileField: 'file', fields: {}, fileName: 'dnc.csv', mimeType: 'text/csv', content: CSV_DNC },
	},
	{
		row: 'Upload DNC Async',
		parameters: { resource: 'dnc', operation: 'upload', binaryPropertyName: 'data', uploadMode: 'async', callback: 'websocket', incrementalCallback: true },
		query: { callback: 'websocket', incrementalCallback: 'true' },
		upload: { fileField: 'file', fields: {}, fileName: 'dnc.csv', mimeType: 'text/csv', content: '+15558675309\n' },
	},
	{
		row: 'Check DNC',
		parameters: async (sim) => {
			await sim.api('POST', '/v4/dnc', { endpoint: '+15558675309' });
			return { resource: 'dnc', operation: 'check', endpoint: '+15558675309', selector: 'CUSTOMER_GLOBAL', subtype: 'sms' };
		},
		path: { endpoint: '+15558675309', selector: 'CUSTOMER_GLOBAL', subtype: 'sms' },
	},
	{
		row: 'Get inbox',
		parameters: async (sim) => {
			await sim.insert({ kind: 'inbox', inbox: YTEL_ACCOUNT_SID, at: Date.now() - 60_000 });
			return { resource: 'inbox', operation: 'getEntries', inboxName: rl(YTEL_ACCOUNT_SID), returnAll: false, limit: 100 };
		},
		query: { inbox: YTEL_ACCOUNT_SID, limit: '100' },
	},
	{ row: 'Get Inbox Names', parameters: { resource: 'inbox', operation: 'getNames', ...list } },
	{
		row: 'Update Inbox status',
		parameters: {
			resource: 'inbox',
			operation: 'updateEntryStatus',
			entryInbox: rl(INBOX_ENTRY.inbox),
			time: INBOX_ENTRY.time,
			updateFields: { status: updateInboxStatus.status, open: updateInboxStatus.open, partition: updateInboxStatus.partition, type: updateInboxStatus.type, accountSid: INBOX_ENTRY.inbox },
		},
		body: () => ({ ...updateInboxStatus, accountSid: INBOX_ENTRY.inbox, ...INBOX_ENTRY }),
	},
	{
		row: 'Get Conversation',
		parameters: { resource: 'conversation', operation: 'get', contactId: rl(CONVERSATION_CONTACT), returnAll: false, limit: 10 },
		query: { contactId: CONVERSATION_CONTACT, size: '10' },
	},
	{
		row: 'Send Message',
		parameters: {
			resource: 'conversation',
			operation: 'sendMessage',
			from: sendMessage.from,
			to: sendMessage.to,
			text: sendMessage.text,
			messageOptions: { accountSid: sendMessage.accountSid, sourceId: (sendMessage.source as IDataObject).sourceId },
			metadata: conversationMetadata(sendMessage),
		},
		body: () => sendMessage,
	},
	{
		row: 'Create Inbox',
		parameters: { resource: 'inbox', operation: 'create', name: createInbox.name, displayName: createInbox.displayName, clientIds: (createInbox.clientIds as string[]).join(',') },
		body: () => createInbox,
	},
	{
		row: 'Delete Inbox',
		parameters: async (sim) => {
			await sim.api('POST', '/v4/inbox/create', { name: 'TestBox' });
			return { resource: 'inbox', operation: 'delete', inboxName: rl('TestBox') };
		},
		path: { inboxName: 'TestBox' },
	},
	{
		row: 'Update Inbox',
		parameters: async (sim) => {
			await sim.api('POST', '/v4/inbox/create', { name: 'testbox' });
			// An empty list is sent through Extra Properties: an added-but-empty field is never sent.
			return {
				resource: 'inbox',
				operation: 'update',
				inboxName: rl('testbox'),
				updateFields: { accountSid: updateInbox.accountSid, name: updateInbox.name, displayName: updateInbox.displayName },
				extraProperties: '{"clientIds": []}',
			};
		},
		body: () => updateInbox,
		path: { inboxName: 'testbox' },
	},
	{
		row: 'Add conversation notes',
		parameters: { resource: 'conversation', operation: 'addNote', eventContactId: rl(notes.contactId as string), from: notes.from, to: notes.to, notes: notes.notes, metadata: conversationMetadata(notes) },
		body: () => notes,
	},
	{
		row: 'Add conversation external event',
		parameters: {
			resource: 'conversation',
			operation: 'addExternalEvent',
			eventContactId: rl(externalEvent.contactId as string),
			from: externalEvent.from,
			to: externalEvent.to,
			description: externalEvent.description,
			url: externalEvent.url,
			metadata: conversationMetadata(externalEvent),
		},
		body: () => externalEvent,
	},
	{
		row: 'Get Saved Contact Queries',
		// No saved query is among the examples: one is saved first.
		parameters: async (sim) => {
			await sim.api('POST', '/v4/query/contact', addQuery);
			return { resource: 'savedQuery', operation: 'getAll', ...list };
		},
		check: (output) => expect(output.map((query) => query.queryName)).toContain(addQuery.queryName),
	},
	{ row: 'Add Saved Query', parameters: { resource: 'savedQuery', operation: 'create', ...savedQueryParameters(addQuery) }, body: () => addQuery },
	{
		row: 'Update Saved Query',
		parameters: async (sim) => {
			const added = await sim.api('POST', '/v4/query/contact', { queryName: 'first', query: { statements: [] } });
			return { resource: 'savedQuery', operation: 'update', queryId: added.body.payload[0].queryId, ...savedQueryParameters(updateQuery) };
		},
		body: () => updateQuery,
		path: (parameters) => ({ queryId: String(parameters.queryId) }),
	},
	{
		row: 'Edit Shortcode',
		parameters: { resource: 'shortcode', operation: 'update', shortCode: '12345', updateFields: shortcode },
		body: () => shortcode,
		path: { phoneNumber: '12345' },
	},
	{
		row: 'Send SMS',
		parameters: {
			resource: 'sms',
			operation: 'send',
			to: sendSms.to,
			from: sendSms.from,
			text: sendSms.text,
			smsOptions: { deliveryStatusEnabled: true, messageStatusCallback: sendSms.messageStatusCallback, metadata: pairs(sendSms.metadata as IDataObject) },
		},
		// Ytel documents deliveryStatusEnabled as a boolean; the collection writes it as the text "true".
		body: () => ({ ...sendSms, deliveryStatusEnabled: true }),
	},
	{ row: 'Get Templates', parameters: { resource: 'smsTemplate', operation: 'getAll', ...list } },
	{
		row: 'Add Template',
		parameters: { resource: 'smsTemplate', operation: 'create', templateTitle: addTemplate.templateTitle, templateText: addTemplate.templateText, templateMediaUrl: addTemplate.templateMediaUrl },
		body: () => addTemplate,
	},
	{
		row: 'Edit Template',
		parameters: { resource: 'smsTemplate', operation: 'update', templateId: rl(TEMPLATE), updateFields: editTemplate },
		body: () => editTemplate,
		path: { templateId: TEMPLATE },
	},
	{ row: 'Get Template', parameters: { resource: 'smsTemplate', operation: 'get', templateId: rl(TEMPLATE) }, path: { templateId: TEMPLATE } },
	{ row: 'Archive Template', parameters: { resource: 'smsTemplate', operation: 'archive', templateId: rl(TEMPLATE) }, path: { templateId: TEMPLATE } },
	{
		row: 'Unarchive Template',
		parameters: async (sim) => {
			await sim.api('DELETE', `/v4/smstemplate/${TEMPLATE}`);
			return { resource: 'smsTemplate', operation: 'unarchive', templateId: rl(TEMPLATE) };
		},
		path: { templateId: TEMPLATE },
	},
	{ row: 'Get All Webhook Common Configurations', parameters: { resource: 'webhookCommonConfiguration', operation: 'getAll', ...list } },
	{ row: 'Add Webook Common Configuration', parameters: { resource: 'webhookCommonConfiguration', operation: 'create', ...commonParameters(addCommon) }, body: () => addCommon },
	{
		row: 'Edit Webhook Common Configuration',
		parameters: { resource: 'webhookCommonConfiguration', operation: 'update', callbackAuthId: rl(COMMON_CONFIG), updateFields: commonParameters(editCommon) },
		body: () => editCommon,
		path: { callbackAuthId: COMMON_CONFIG },
	},
	{ row: 'Get Webhook Common Configuration by Id', parameters: { resource: 'webhookCommonConfiguration', operation: 'get', callbackAuthId: rl(COMMON_CONFIG) }, path: { callbackAuthId: COMMON_CONFIG } },
	{ row: 'Delete Webhook Common Configuration by Id', parameters: { resource: 'webhookCommonConfiguration', operation: 'delete', callbackAuthId: rl(COMMON_CONFIG) }, path: { callbackAuthId: COMMON_CONFIG } },
	{ row: 'Get All Webhook Configurations', parameters: { resource: 'webhookConfiguration', operation: 'getAll', ...list } },
	{ row: 'Add Webhook Configuration', parameters: { resource: 'webhookConfiguration', operation: 'create', ...webhookParameters(addConfig) }, body: () => addConfig },
	{
		row: 'Edit Webhook Configuration',
		parameters: { resource: 'webhookConfiguration', operation: 'update', callbackId: rl(CONFIG), updateFields: webhookParameters(editConfig) },
		body: () => editConfig,
		path: { callbackId: CONFIG },
	},
	{ row: 'Get Webhook Configuration by Id', parameters: { resource: 'webhookConfiguration', operation: 'get', callbackId: rl(CONFIG) }, path: { callbackId: CONFIG } },
	{ row: 'Delete Webhook Configuration', parameters: { resource: 'webhookConfiguration', operation: 'delete', callbackId: rl(CONFIG) }, path: { callbackId: CONFIG } },
];

export const ytelRowOf = (scenario: YtelScenario) => rowFor(ytelRows, scenario);

/** The parts of a multipart body: `name → {filename?, content}`. */
export function multipartParts(request: LoggedRequest): Record<string, { filename?: string; content: string }> {
	const boundary = /boundary=([^;]+)/.exec(String(request.headers['content-type']))?.[1];
	expect(boundary).toBeDefined();
	const parts: Record<string, { filename?: string; content: string }> = {};
	for (const chunk of String(request.rawBody).split(`--${boundary}`).slice(1, -1)) {
		const [head, ...rest] = chunk.replace(/^\r\n/, '').split('\r\n\r\n');
		const name = /name="([^"]*)"/.exec(head)![1];
		parts[name] = { filename: /filename="([^"]*)"/.exec(head)?.[1], content: rest.join('\r\n\r\n').replace(/\r\n$/, '') };
	}
	return parts;
}

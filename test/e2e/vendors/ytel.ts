/** Ytel's e2e workflow: one request of each action node, an SMS sent, and a contact that does not exist. */
import { control, keysOf, type Outputs, type VendorWorkflow } from '../vendor-workflows';

const simulator = require('../../simulators/ytel/server.js');

const byId = (value: string) => ({ __rl: true, mode: 'id', value });

export const workflow: VendorWorkflow = {
	simulator: 'ytel',
	credential: {
		type: 'ytelApi',
		data: (url) => ({
			authMode: 'emailPassword',
			email: simulator.TEST_USER.email,
			password: simulator.TEST_USER.password,
			apiToken: '',
			baseUrl: url,
			yccBaseUrl: 'https://ycc-api.ytel.com/api/v2',
			requestsPerSecond: 10,
		}),
	},
	async prepare(url) {
		await control(url, 'reset');
	},
	nodes: [
		// The template, timezone and campaign of the collection's Get Template, Get Timezone and Get Campaign examples.
		{ name: 'Get template', node: 'ytel', parameters: { resource: 'smsTemplate', operation: 'get', templateId: byId('3539d410-5f65-11eb-a080-51e25f7d5918') } },
		{ name: 'Timezone', node: 'ytelNumbers', parameters: { resource: 'timezone', operation: 'get', timezoneId: -32 } },
		{ name: 'Get campaign', node: 'ytelCampaigns', parameters: { resource: 'campaign', operation: 'get', campaignId: byId('165c6fa0-59c8-11eb-a080-51e25f7d5918') } },
		{ name: 'Send SMS', node: 'ytel', parameters: { resource: 'sms', operation: 'send', to: '+19492221234', from: '+12513561234', text: 'Smoke test' } },
		{ name: 'Missing contact', node: 'ytel', parameters: { resource: 'contact', operation: 'get', contactId: byId('00000000-0000-4000-8000-000000000000') } },
	],
	// Ytel answers a missing record with HTTP 200 and `status: false`.
	failing: {
		name: 'Missing contact',
		httpCode: '200',
		message: 'Ytel error (HTTP 200, code 404): Not Found (Contact 00000000-0000-4000-8000-000000000000 not found)',
	},
	summarize(outputs: Outputs) {
		const json = (name: string) => (outputs[name] ?? []).map((item) => item.json);
		const [template] = json('Get template');
		const [campaign] = json('Get campaign');
		const [sms] = json('Send SMS');
		return {
			template: { templateId: template?.templateId, templateTitle: template?.templateTitle },
			timezone: json('Timezone'),
			campaign: { campaignId: campaign?.campaignId, campaignName: campaign?.campaignName },
			sms: { to: sms?.to, from: sms?.from, text: sms?.text, messageSid: typeof sms?.messageSid, keys: keysOf(sms).includes('scheduledTm') },
		};
	},
	expected: {
		template: { templateId: '3539d410-5f65-11eb-a080-51e25f7d5918', templateTitle: 'Hello world.' },
		timezone: [{ timezoneId: -32, name: 'PST/PDT', systemName: 'PST8PDT', dst: 1, offset: -8 }],
		campaign: { campaignId: '165c6fa0-59c8-11eb-a080-51e25f7d5918', campaignName: 'New campaign name' },
		sms: { to: '+19492221234', from: '+12513561234', text: 'Smoke test', messageSid: 'string', keys: true },
	},
};

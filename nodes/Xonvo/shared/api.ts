import { defineVendor } from '../../shared/api';

/**
 * XONVO external API (admin.xonvo.com): HTTP Basic auth on every request, a Spring server
 * (errors `{timestamp, status, error, message, path}`), no list endpoints, no documented rate
 * limit. Actions answer 200 with an empty body.
 */
export const xonvo = defineVendor({
	service: 'XONVO',
	credentialType: 'xonvoApi',
	baseUrl: { urlField: 'baseUrl', missing: 'the XONVO Base URL (e.g. https://admin.xonvo.com)' },
	defaultRequestsPerSecond: 10,
	errors: { rejected: 'the username or password' },
	answersWithoutExample: 'empty',
});

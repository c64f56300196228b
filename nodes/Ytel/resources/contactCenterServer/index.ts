import type { ResourceSpec } from '../../../shared/operations';
import { x5Operation } from '../../contactCenter/fields';

/** The contact centre's web server (useful behind a load balancer): its facts as one item. */
const getInfo = x5Operation({
	function: 'webserver',
	value: 'getInfo',
	name: 'Get Web Server Info',
	action: 'Get web server information',
	description: 'Get the time zone, versions and limits of the web server that answered',
	answer: { kind: 'keyValue' },
});

export const contactCenterServer: ResourceSpec = {
	name: 'Web Server',
	value: 'webServer',
	description: 'The web server that answers the API',
	operations: [getInfo],
	defaultOperation: getInfo.spec.value,
};

import type { IDataObject, IExecuteSingleFunctions, IHttpRequestOptions, INodeProperties } from 'n8n-workflow';
import { NodeOperationError } from 'n8n-workflow';
import { bodyField, deepMerge, locatorField } from '../../../shared/fields';
import { phoneBodyField, UUID_PLACEHOLDER } from '../common';

export const userLocator = (name = 'clientId'): INodeProperties =>
	locatorField({
		displayName: 'User',
		name,
		noun: 'user',
		searchListMethod: 'searchUsers',
		idPlaceholder: UUID_PLACEHOLDER,
		description: 'The Ytel user (its user ID)',
	});

export const usernameLocator: INodeProperties = locatorField({
	displayName: 'Username',
	name: 'username',
	noun: 'user',
	searchListMethod: 'searchUsernames',
	idPlaceholder: 'e.g. annie@example.com',
	description: 'The user’s username (the email address they sign in with)',
});

/** Find the user by ID or by username: one operation reaches both of Ytel's paths. */
export const userByField: INodeProperties = {
	displayName: 'Find User By',
	name: 'userBy',
	type: 'options',
	noDataExpression: true,
	options: [
		{ name: 'ID', value: 'id' },
		{ name: 'Username', value: 'username' },
	],
	default: 'id',
};

/** The user fields for the two ways of finding one, each shown for its choice. */
export const userByFields: INodeProperties[] = [
	userByField,
	{ ...userLocator(), displayOptions: { show: { userBy: ['id'] } } },
	{ ...usernameLocator, displayOptions: { show: { userBy: ['username'] } } },
];

/** Paths by the choice of `userBy`; `{clientId}` and `{username}` are the locators above. */
export const userPaths = (byId: string, byUsername: string) => ({ by: 'userBy', paths: { id: byId, username: byUsername } });

const EMAIL = /^[^\s@/]+@[^\s@/]+\.[^\s@/]+$/;

/** Writes `value` at a top-level body key, keeping the rest. */
function writeBody(requestOptions: IHttpRequestOptions, key: string, value: unknown): void {
	requestOptions.body = deepMerge((requestOptions.body ?? {}) as IDataObject, { [key]: value as IDataObject });
}

/** A username sent in the body: an email address, checked before sending by the field's name. Blank and optional: not sent. */
export function emailBodyField(property: Omit<INodeProperties, 'type' | 'default'>, collection?: string): INodeProperties {
	const path = collection ? `${collection}.${property.name}` : property.name;
	return {
		type: 'string',
		default: '',
		placeholder: 'e.g. annie@example.com',
		...property,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const typed = String(this.getNodeParameter(path, '') ?? '').trim();
						if (typed === '') return requestOptions;
						if (!EMAIL.test(typed)) {
							throw new NodeOperationError(this.getNode(), `"${property.displayName}" must be an email address, e.g. annie@example.com`, {
								itemIndex: this.getItemIndex(),
								description: `Got "${typed}". Ytel users sign in with their email address. Nothing was sent to Ytel.`,
							});
						}
						writeBody(requestOptions, property.name, typed);
						return requestOptions;
					},
				],
			},
		},
	};
}

/**
 * A 2FA PIN code: digits only (4 to 8), sent as the number Ytel's requests show. Blank and
 * optional: not sent. A PIN that starts with 0 loses it as a number, as in Ytel's own requests.
 */
export function pinCodeField(required: boolean, description: string, collection?: string): INodeProperties {
	const path = collection ? `${collection}.pincode` : 'pincode';
	return {
		displayName: 'PIN Code',
		name: 'pincode',
		type: 'string',
		default: '',
		required,
		placeholder: 'e.g. 123456',
		description,
		routing: {
			send: {
				preSend: [
					async function (this: IExecuteSingleFunctions, requestOptions: IHttpRequestOptions): Promise<IHttpRequestOptions> {
						const typed = String(this.getNodeParameter(path, '') ?? '').trim();
						if (typed === '') return requestOptions;
						if (!/^\d{4,8}$/.test(typed)) {
							throw new NodeOperationError(this.getNode(), '"PIN Code" must be 4 to 8 digits', {
								itemIndex: this.getItemIndex(),
								description: `Got "${typed}". Enter the code your authenticator app shows. Nothing was sent to Ytel.`,
							});
						}
						writeBody(requestOptions, 'pincode', Number(typed));
						return requestOptions;
					},
				],
			},
		},
	};
}

/** A password typed in the node (not the credential's), sent in the body. */
export const passwordField = (displayName: string, name: string, description: string, bodyKey = name): INodeProperties =>
	bodyField({ displayName, name, type: 'string', typeOptions: { password: true }, default: '', required: true, description }, bodyKey);

export const rolesField = (required: boolean): INodeProperties =>
	bodyField(
		{
			displayName: 'Role Names or IDs',
			name: 'roles',
			type: 'multiOptions',
			typeOptions: { loadOptionsMethod: 'getRoles' },
			default: [],
			required,
			description: 'The roles the user has, e.g. webrtc-agent. Choose from the list, or specify IDs using an <a href="https://docs.n8n.io/code/expressions/">expression</a>.',
		},
		'roles',
	);

/** The user's name and phone: optional on create and on edit. */
export function personFields(collection?: string): INodeProperties[] {
	const text = (displayName: string, name: string, placeholder: string) =>
		bodyField({ displayName, name, type: 'string', default: '', placeholder }, name);
	return [
		text('First Name', 'firstName', 'e.g. Annie'),
		text('Last Name', 'lastName', 'e.g. Apple'),
		phoneBodyField({ displayName: 'Phone', name: 'phone', description: 'The user’s phone number in E.164 format' }, 'phone', collection),
	];
}

/** Refuses an empty list of roles by name (Ytel replaces the user's roles with what is sent). */
export function requireRoles(context: IExecuteSingleFunctions, body: IDataObject): void {
	if (Array.isArray(body.roles) && body.roles.length > 0) return;
	throw new NodeOperationError(context.getNode(), '"Role Names or IDs": pick at least one role', {
		itemIndex: context.getItemIndex(),
		description: 'Ytel replaces the user’s roles with the ones sent, so at least one is needed. Nothing was sent to Ytel.',
	});
}

import type { INodeProperties, INodePropertyOptions } from 'n8n-workflow';
import type { ResourceSpec } from '../../../shared/operations';
import { agentUser, x5Choice, x5DateField, x5Operation, x5Text } from '../../contactCenter/fields';

/**
 * A logged-in agent's live session in the x5 Agent API (`agent.php`): each operation is one
 * `function=`. Answers are `SUCCESS: … - a|b` lines; the values are named after the examples of
 * Ytel's (VICIdial's) Agent API document.
 */

const choices = (...values: Array<[string, string, string?]>): INodePropertyOptions[] =>
	values.map(([value, name, description]) => ({ name, value, ...(description ? { description } : {}) }));

const yesNo = (displayName: string, queryName: string, description: string): INodeProperties =>
	x5Choice(displayName, queryName, choices(['', 'Default'], ['YES', 'Yes'], ['NO', 'No']), { default: '', description });

/** Options the Agent API takes on every call; they only matter when the URL is opened in a browser. */
const browserOptions: INodeProperties = {
	displayName: 'Browser Options',
	name: 'browserOptions',
	type: 'collection',
	placeholder: 'Add Option',
	default: {},
	options: [
		x5Choice('Close Window Link', 'close_window_link', choices(['1', 'Yes']), { description: 'Show a link to close the window (when the answer is opened in a browser)' }),
		x5Choice('Language', 'language', choices(['en', 'English'], ['es', 'Spanish']), { description: 'Language of the close-window link' }),
	],
};

const hangup = x5Operation({
	function: 'external_hangup',
	value: 'hangup',
	name: 'Hang Up',
	action: 'Hang up the agent’s call',
	description: 'Hang up the customer call on the agent’s screen',
	properties: [agentUser, browserOptions],
	answer: { kind: 'status', values: ['value', 'agentUser'] },
});

const setStatus = x5Operation({
	function: 'external_status',
	value: 'setStatus',
	name: 'Set Disposition',
	action: 'Set the disposition of the agent’s call',
	description: 'Set the status of the call on the agent’s disposition screen and move on to the next call',
	properties: [
		agentUser,
		x5Text('Status', 'value', 'e.g. SALE', { name: 'dispositionStatus', required: true, description: 'Any status of your contact centre, e.g. A, SALE or CALLBK' }),
		{
			displayName: 'Callback',
			name: 'callback',
			type: 'collection',
			placeholder: 'Add Field',
			default: {},
			description: 'For a status flagged as a scheduled callback',
			options: [
				x5DateField({ displayName: 'Callback Date and Time', name: 'callbackDatetime', description: 'When to call back (YYYY-MM-DD HH:MM:SS, the contact centre’s time)' }, 'callback_datetime', true, 'callback.callbackDatetime'),
				x5Choice('Callback Type', 'callback_type', choices(['ANYONE', 'Anyone'], ['USERONLY', 'This Agent Only'])),
				x5Text('Callback Comments', 'callback_comments', 'e.g. Call after 5pm', { description: 'Shown when the callback comes up (under 200 characters)' }),
			],
		},
		x5Text('QM Disposition Code', 'qm_dispo_code', 'e.g. 1234', { description: 'Call status code for quality monitoring, when it is enabled' }),
		browserOptions,
	],
	answer: { kind: 'status', values: ['status', 'agentUser'] },
});

const pause = x5Operation({
	function: 'external_pause',
	value: 'pause',
	name: 'Pause or Resume',
	action: 'Pause or resume the agent',
	description: 'Pause the agent now, or after the current call, or resume them',
	properties: [agentUser, x5Choice('Action', 'value', choices(['PAUSE', 'Pause'], ['RESUME', 'Resume']), { name: 'pauseAction' })],
	answer: { kind: 'status', values: ['value', 'epoch', 'agentUser'], types: { epoch: 'number' } },
});

const dial = x5Operation({
	function: 'external_dial',
	value: 'dial',
	name: 'Dial',
	action: 'Dial a number on the agent’s screen',
	description: 'Place a manual call on the screen of the agent found by Alt User',
	properties: [
		x5Text('Alt User', 'alt_user', 'e.g. 876543', { required: true, description: 'Finds the agent by the custom field your CRM uses for them (custom_three)' }),
		x5Text('Phone Number', 'value', 'e.g. 7275551212', { name: 'dialNumber', description: 'The number to dial, or MANUALNEXT for the next number; Lead ID wins when both are set' }),
		x5Text('Lead ID', 'lead_id', 'e.g. 123456'),
		x5Text('Phone Code', 'phone_code', 'e.g. 1', { description: 'The country code (1 for the USA and Canada)' }),
		yesNo('Search', 'search', 'Look the number up among the campaign’s leads (Yes), or make a new lead (No)'),
		yesNo('Preview', 'preview', 'Show the lead without dialing'),
		yesNo('Focus', 'focus', 'Bring the agent screen to the front'),
		x5Text('Vendor ID', 'vendor_id', 'e.g. 1234567', { description: 'The lead’s vendor code' }),
		x5Text('Dial Prefix', 'dial_prefix', 'e.g. 88'),
		x5Text('Group Alias', 'group_alias', 'e.g. DEFAULT', { description: 'The caller ID (a group alias) to call with' }),
		x5Choice('Alt Dial', 'alt_dial', choices(['', 'Main Number'], ['ALT', 'Alt Phone'], ['ADDR3', 'Address 3'], ['SEARCH', 'Search the Lead']), { default: '', description: 'With a Lead ID: which of the lead’s numbers to dial' }),
	],
	answer: {
		kind: 'status',
		values: ['phoneNumber', 'agentUser', 'phoneCode', 'search', 'preview', 'focus', 'leadId', 'epoch', 'dialPrefix', 'groupAlias', 'callerIdNumber'],
		types: { epoch: 'number', leadId: 'number' },
	},
});

const previewDialAction = x5Operation({
	function: 'preview_dial_action',
	value: 'previewDialAction',
	name: 'Preview Dial Action',
	action: 'Act on the lead the agent previews',
	description: 'Skip, dial or finish the lead the agent is previewing',
	properties: [
		agentUser,
		x5Choice(
			'Action',
			'value',
			choices(['SKIP', 'Skip'], ['DIALONLY', 'Dial Only'], ['ALTDIAL', 'Dial Alt Phone'], ['ADR3DIAL', 'Dial Address 3'], ['FINISH', 'Finish']),
			{ name: 'previewAction' },
		),
	],
	answer: { kind: 'status', values: ['value', 'agentUser', 'action'] },
});

const changeIngroups = x5Operation({
	function: 'change_ingroups',
	value: 'changeIngroups',
	name: 'Change In-Groups',
	action: 'Change the agent’s in-groups',
	description: 'Change, add or remove the in-groups a logged-in agent takes calls from',
	properties: [
		x5Choice('Change', 'value', choices(['CHANGE', 'Replace All', 'Use exactly the listed in-groups'], ['ADD', 'Add'], ['REMOVE', 'Remove']), { name: 'ingroupChange' }),
		x5Text('In-Groups', 'ingroup_choices', 'e.g. TEST_IN SALESLINE', { description: 'The in-groups, separated by spaces (needed for Add and Remove)' }),
		yesNo('Blended', 'blended', 'Also take outbound auto-dialed calls (Yes) or inbound only (No)'),
		yesNo('Set as Default', 'set_as_default', 'Save the choice in the agent’s settings'),
	],
	answer: { kind: 'status', values: ['blended', 'ingroups', 'agentUser'] },
});

const setTimerAction = x5Operation({
	function: 'set_timer_action',
	value: 'setTimerAction',
	name: 'Set Timer Action',
	action: 'Set a timer action on the agent’s call',
	description: 'Trigger a web form, a preset dial or a message on the agent’s screen some seconds into the call',
	properties: [
		agentUser,
		x5Choice(
			'Action',
			'value',
			choices(['MESSAGE_ONLY', 'Message Only'], ['WEBFORM', 'Web Form'], ['WEBFORM2', 'Web Form 2'], ['D1_DIAL', 'Preset 1 Dial'], ['D2_DIAL', 'Preset 2 Dial'], ['D3_DIAL', 'Preset 3 Dial'], ['D4_DIAL', 'Preset 4 Dial'], ['D5_DIAL', 'Preset 5 Dial'], ['NONE', 'None']),
			{ name: 'timerAction' },
		),
		x5Text('Message', 'notes', 'e.g. Offer the upgrade', { description: 'Shown with the timer action' }),
		x5Text('Seconds into the Call', 'rank', 'e.g. 15', { name: 'timerSeconds' }),
	],
	answer: { kind: 'status', values: ['user', 'agentUser', 'action', 'notes', 'seconds'], types: { seconds: 'number' } },
});

const remoteAgentCallControl = x5Operation({
	function: 'ra_call_control',
	value: 'remoteAgentCallControl',
	name: 'Remote Agent Call Control',
	action: 'Hang up or transfer a remote agent’s call',
	description: 'Hang up or transfer a call handled by a remote agent',
	properties: [
		agentUser,
		x5Text('Call ID', 'value', 'e.g. Y0315201639000402027', { required: true, name: 'callId', description: 'The call ID received as the caller ID name or a SIP header' }),
		x5Choice('Stage', 'stage', choices(['HANGUP', 'Hang Up'], ['EXTENSIONTRANSFER', 'Transfer to a Number'], ['INGROUPTRANSFER', 'Transfer to an In-Group']), { name: 'callStage' }),
		x5Text('In-Group', 'ingroup_choices', 'e.g. DEFAULTINGROUP', { name: 'transferIngroup', description: 'For an in-group transfer: one active in-group, or DEFAULTINGROUP' }),
		x5Text('Phone Number', 'phone_number', 'e.g. 8500', { name: 'transferNumber', description: 'For a transfer to a number: the full number to dial' }),
		x5Text('Call Status', 'status', 'e.g. RAXFER', { description: 'Status of the call, up to 6 characters (default RAXFER)' }),
	],
	answer: { kind: 'status', values: ['agentUser', 'callId', 'result'] },
});

const sendDtmf = x5Operation({
	function: 'send_dtmf',
	value: 'sendDtmf',
	name: 'Send DTMF',
	action: 'Send DTMF tones to the agent’s session',
	description: 'Send touch tones into the agent’s call',
	properties: [agentUser, x5Text('Tones', 'value', 'e.g. 1234#', { required: true, name: 'dtmfTones', description: 'The digits to send (Q pauses, S is the star key, P the pound key)' })],
	answer: { kind: 'status', values: ['value', 'agentUser'] },
});

const transferConference = x5Operation({
	function: 'transfer_conference',
	value: 'transferConference',
	name: 'Transfer or Conference',
	action: 'Transfer or conference the agent’s call',
	description: 'Hang up, transfer or three-way the agent’s call from the transfer-conference frame',
	properties: [
		agentUser,
		x5Choice(
			'Action',
			'value',
			choices(
				['BLIND_TRANSFER', 'Blind Transfer'],
				['DIAL_WITH_CUSTOMER', 'Dial with Customer'],
				['HANGUP_BOTH', 'Hang Up Both'],
				['HANGUP_XFER', 'Hang Up Third Party'],
				['LEAVE_3WAY_CALL', 'Leave 3-Way Call'],
				['LEAVE_VM', 'Leave Voicemail'],
				['LOCAL_CLOSER', 'Local Closer'],
				['PARK_CUSTOMER_DIAL', 'Park Customer and Dial'],
			),
			{ name: 'transferAction' },
		),
		x5Text('Phone Number', 'phone_number', 'e.g. 8500', { name: 'transferNumber', description: 'Needed for any transfer or dial' }),
		x5Text('In-Group', 'ingroup_choices', 'e.g. SALESLINE', { name: 'transferIngroup', description: 'For Local Closer and consultative transfers: one active in-group, or DEFAULTINGROUP' }),
		yesNo('Consultative', 'consultative', 'A consultative transfer (with Dial with Customer or Park Customer and Dial)'),
		yesNo('Dial Override', 'dial_override', 'Dial the number exactly, without the campaign’s phone code or prefix'),
		x5Text('Group Alias', 'group_alias', 'e.g. DEFAULT', { description: 'The caller ID (a group alias) for Dial with Customer and Park Customer and Dial' }),
	],
	answer: { kind: 'status', values: ['value', 'ingroup', 'phoneNumber', 'consultative', 'agentUser', 'callId'] },
});

const parkCall = x5Operation({
	function: 'park_call',
	value: 'parkCall',
	name: 'Park or Grab',
	action: 'Park or grab the agent’s customer',
	description: 'Send the customer to park or the park IVR, or grab them back',
	properties: [
		agentUser,
		x5Choice(
			'Action',
			'value',
			choices(
				['PARK_CUSTOMER', 'Park Customer'],
				['GRAB_CUSTOMER', 'Grab Customer'],
				['PARK_IVR_CUSTOMER', 'Park Customer in IVR'],
				['GRAB_IVR_CUSTOMER', 'Grab Customer from IVR'],
				['PARK_XFER', 'Park Third Party'],
				['GRAB_XFER', 'Grab Third Party'],
				['SWAP_PARK_CUSTOMER', 'Swap: Park Customer'],
				['SWAP_PARK_XFER', 'Swap: Park Third Party'],
				['HANGUP_XFER_GRAB_CUSTOMER', 'Hang Up Third Party and Grab Customer'],
			),
			{ name: 'parkAction' },
		),
	],
	answer: { kind: 'status', values: ['value', 'agentUser'] },
});

const logout = x5Operation({
	function: 'logout',
	value: 'logout',
	name: 'Log Out',
	action: 'Log the agent out',
	description: 'Log the agent out of the agent screen',
	// The function's one value: the user has nothing to choose.
	properties: [agentUser, { displayName: 'Value', name: 'logoutValue', type: 'hidden', default: 'LOGOUT', routing: { send: { type: 'query', property: 'value' } } }],
	answer: { kind: 'status', values: ['value', 'epoch', 'agentUser'], types: { epoch: 'number' } },
});

const recording = x5Operation({
	function: 'recording',
	value: 'recording',
	name: 'Recording',
	action: 'Start, stop or check the agent’s recording',
	description: 'Start or stop recording the agent’s call, or get the recording status',
	properties: [
		agentUser,
		x5Choice('Action', 'value', choices(['STATUS', 'Get Status'], ['START', 'Start'], ['STOP', 'Stop']), { name: 'recordingAction' }),
		x5Text('Filename Suffix', 'stage', 'e.g. _MIDCALL', { name: 'recordingSuffix', description: 'With Start: added to the recording’s filename (up to 14 characters)' }),
	],
	answer: { kind: 'status', values: ['agentUser', 'recordingId', 'filename', 'server', 'startTime', 'agentServer', 'session', 'agentStatus'] },
});

const webphoneUrl = x5Operation({
	function: 'webphone_url',
	value: 'getWebphoneUrl',
	name: 'Get Webphone URL',
	action: 'Get the agent’s webphone URL',
	description: 'Get the webphone address of the agent’s session',
	properties: [agentUser, { displayName: 'Value', name: 'webphoneValue', type: 'hidden', default: 'DISPLAY', routing: { send: { type: 'query', property: 'value' } } }],
	answer: { kind: 'text', field: 'url' },
});

const callAgent = x5Operation({
	function: 'call_agent',
	value: 'callAgent',
	name: 'Call Agent',
	action: 'Call the agent into their session',
	description: 'Send a call that connects the agent to their session',
	properties: [agentUser, { displayName: 'Value', name: 'callAgentValue', type: 'hidden', default: 'CALL', routing: { send: { type: 'query', property: 'value' } } }],
	answer: { kind: 'status', values: ['agentUser'] },
});

const setPauseCode = x5Operation({
	function: 'pause_code',
	value: 'setPauseCode',
	name: 'Set Pause Code',
	action: 'Set the paused agent’s pause code',
	description: 'Set the pause code of an agent who is paused',
	properties: [agentUser, x5Text('Pause Code', 'value', 'e.g. BREAK', { required: true, name: 'pauseCode', description: 'Up to 6 characters' })],
	answer: { kind: 'status', values: ['agentUser'] },
});

export const agentSession: ResourceSpec = {
	name: 'Agent Session',
	value: 'agentSession',
	description: 'A logged-in agent’s screen: calls, dispositions, pauses, transfers, recordings',
	operations: [
		hangup,
		setStatus,
		pause,
		dial,
		previewDialAction,
		changeIngroups,
		setTimerAction,
		remoteAgentCallControl,
		sendDtmf,
		transferConference,
		parkCall,
		logout,
		recording,
		webphoneUrl,
		callAgent,
		setPauseCode,
	],
	defaultOperation: pause.spec.value,
};

import type { ResourceSpec } from '../../../shared/operations';
import { addExternalEvent } from './addExternalEvent';
import { addNote } from './addNote';
import { get } from './get';
import { sendMessage } from './sendMessage';

export const conversation: ResourceSpec = {
	name: 'Conversation',
	value: 'conversation',
	operations: [get, sendMessage, addNote, addExternalEvent],
	defaultOperation: 'sendMessage',
};

import { uidField } from '../../shared/descriptions';

/** Outseta has no list of email lists: the list is given by its Uid. */
export const listIdField = uidField('Email List Uid', 'listId', 'e.g. exmepWVG', 'The Uid of the email list (in Outseta under Email » Lists, in the address of the list)');

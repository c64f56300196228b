import type { INodePropertyOptions } from 'n8n-workflow';

export const CHARGE_CREDIT_TYPES: INodePropertyOptions[] = [
	{ name: 'Charge', value: 'charge', description: 'The customer owes this amount' },
	{ name: 'Credit', value: 'credit', description: 'The customer is owed this amount' },
];

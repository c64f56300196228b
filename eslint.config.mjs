import n8nNodesBase from 'eslint-plugin-n8n-nodes-base';
import tsParser from '@typescript-eslint/parser';
import * as jsoncParser from 'jsonc-eslint-parser';

const { configs } = n8nNodesBase;

// n8n-workflow 2.x wants `NodeConnectionTypes.Main`; these two rules demand the literal ['main'].
const connectionLiteralRules = {
	'n8n-nodes-base/node-class-description-inputs-wrong-regular-node': 'off',
	'n8n-nodes-base/node-class-description-outputs-wrong': 'off',
};

// This rule asks for a camelCase slug, which only n8n's own repository resolves; community
// credentials link a full documentation URL.
const communityCredentialRules = {
	'n8n-nodes-base/cred-class-field-documentation-url-miscased': 'off',
};

// The rules of n8n's community-package verification that eslint core can enforce.
const nodeCodeRestrictions = {
	'no-restricted-globals': [
		'error',
		...['process', 'global', 'globalThis', '__dirname', '__filename'].map((name) => ({
			name,
			message: 'Node code must not touch the host environment.',
		})),
		...['setTimeout', 'setInterval', 'setImmediate', 'clearTimeout', 'clearInterval', 'clearImmediate'].map(
			(name) => ({ name, message: 'Use sleep from n8n-workflow.' }),
		),
	],
	'no-restricted-imports': [
		'error',
		{
			patterns: [
				{
					regex: '^(?!n8n-workflow$|\\.)',
					message: 'Node code may import only n8n-workflow and relative modules.',
				},
			],
		},
	],
	'no-console': 'error',
	'no-eval': 'error',
	'no-new-func': 'error',
};

export default [
	{
		ignores: ['dist/**', 'dist-packages/**', 'node_modules/**', 'coverage/**', '.n8n-dev/**', '.n8n-sandbox/**', '.e2e-tmp/**'],
	},
	{
		files: ['**/*.ts'],
		languageOptions: { parser: tsParser, parserOptions: { sourceType: 'module' } },
	},
	{
		files: ['package.json'],
		languageOptions: { parser: jsoncParser },
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...configs.community.rules },
	},
	{
		files: ['credentials/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...configs.credentials.rules, ...communityCredentialRules, ...nodeCodeRestrictions },
	},
	{
		files: ['nodes/**/*.ts'],
		plugins: { 'n8n-nodes-base': n8nNodesBase },
		rules: { ...configs.nodes.rules, ...connectionLiteralRules, ...nodeCodeRestrictions },
	},
];

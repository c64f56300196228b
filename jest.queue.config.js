/** The queue-mode suite: n8n main + two workers + Redis + PostgreSQL (see test/queue). */
/** @type {import('jest').Config} */
module.exports = {
	testEnvironment: 'node',
	roots: ['<rootDir>/test/queue'],
	testMatch: ['**/*.queue.ts'],
	transform: {
		'^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json' }],
	},
	moduleFileExtensions: ['ts', 'js', 'json'],
	setupFiles: ['<rootDir>/test/setup.ts'],
	testTimeout: 5 * 60_000,
	maxWorkers: 1,
};

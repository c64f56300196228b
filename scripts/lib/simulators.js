'use strict';
/** Starts the API simulators as their own processes and checks they are the ones listening. */
const { spawn } = require('node:child_process');
const path = require('node:path');
const readline = require('node:readline');
const { ROOT } = require('./n8n');

async function startSimulator(vendor, { port = 0 } = {}) {
	const child = spawn(process.execPath, [path.join(ROOT, 'test', 'simulators', vendor, 'server.js'), '--port', String(port)], {
		stdio: ['ignore', 'pipe', 'inherit'],
	});
	const url = await new Promise((resolve, reject) => {
		const lines = readline.createInterface({ input: child.stdout });
		const timer = setTimeout(() => reject(new Error(`${vendor} simulator did not start`)), 10_000);
		child.once('exit', (code) => reject(new Error(`${vendor} simulator exited with ${code}`)));
		lines.on('line', (line) => {
			const match = line.match(/^listening (http:\/\/\S+)$/);
			if (match) {
				clearTimeout(timer);
				resolve(match[1]);
			}
		});
	});
	// An old simulator on a reused port would serve stale state: make sure this one answers.
	const stats = await (await fetch(`${url}/__sim/stats`)).json();
	if (stats.pid !== child.pid) throw new Error(`${url} is answered by pid ${stats.pid}, not by ${child.pid}`);
	return {
		url,
		pid: child.pid,
		async stop() {
			if (child.exitCode !== null) return;
			const exited = new Promise((resolve) => child.once('exit', resolve));
			child.kill('SIGTERM');
			await exited;
		},
	};
}

module.exports = { startSimulator };

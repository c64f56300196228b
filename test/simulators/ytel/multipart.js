'use strict';
/** A small multipart/form-data reader for the upload requests (assets, contact CSV, DNC file). */

/** `{fields: {name: text}, files: {name: {filename, contentType, text}}}`, or null when not multipart. */
function parseMultipart(contentType, rawBody) {
	const match = /multipart\/form-data;.*boundary=(?:"([^"]+)"|([^;]+))/i.exec(contentType ?? '');
	if (!match) return null;
	const boundary = `--${match[1] ?? match[2]}`;
	const fields = {};
	const files = {};
	for (const chunk of rawBody.split(boundary).slice(1)) {
		if (chunk.startsWith('--')) break;
		const separator = chunk.indexOf('\r\n\r\n');
		if (separator < 0) continue;
		const head = chunk.slice(0, separator);
		const text = chunk.slice(separator + 4).replace(/\r\n$/, '');
		const name = /name="([^"]*)"/i.exec(head)?.[1] ?? '';
		const filename = /filename="([^"]*)"/i.exec(head)?.[1];
		const partType = /content-type:\s*([^\r\n]+)/i.exec(head)?.[1];
		if (filename !== undefined) files[name] = { filename, contentType: partType ?? 'application/octet-stream', text };
		else fields[name] = text;
	}
	return { fields, files };
}

/** CSV rows as objects keyed by the header row (no quoting beyond plain double quotes). */
function parseCsv(text) {
	const lines = text.split(/\r?\n/).filter((line) => line.trim() !== '');
	if (!lines.length) return [];
	const split = (line) => line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'));
	const header = split(lines[0]);
	return lines.slice(1).map((line) => {
		const cells = split(line);
		return Object.fromEntries(header.map((key, index) => [key, cells[index] ?? '']));
	});
}

module.exports = { parseMultipart, parseCsv };

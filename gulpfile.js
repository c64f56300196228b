const path = require('path');
const { task, src, dest } = require('gulp');

// Node and credential icons live in icons/; n8n resolves `file:` icons relative to the built files.
task('build:icons', copyIcons);

// Output schemas (`npm run schemas`): n8n reads them from `__schema__` beside each built node.
task('build:schemas', copySchemas);

function copyIcons() {
	return src(path.resolve('icons', '*.svg'), { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));
}

function copySchemas() {
	return src('nodes/*/__schema__/**/*.json', { base: '.', allowEmpty: true }).pipe(dest(path.resolve('dist')));
}

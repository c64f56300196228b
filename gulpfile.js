const path = require('path');
const { task, src, dest } = require('gulp');

// Node and credential icons live in icons/; n8n resolves `file:` icons relative to the built files.
task('build:icons', copyIcons);

function copyIcons() {
	return src(path.resolve('icons', '*.svg'), { encoding: false }).pipe(dest(path.resolve('dist', 'icons')));
}

#!/usr/bin/env node
// The workspace's `sightline` command (`npx sightline …` in a clone). npm links the bins of workspace
// packages during `npm ci`, before `prepare` has built dist/, and skips a bin whose file does not exist
// yet: this committed file always exists and loads the build. (The installable package,
// `npm run pack:cli`, points its bin at the bundled dist/main.js directly.)
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const main = join(__dirname, '..', 'dist', 'main.js');
if (!existsSync(main)) {
  process.stderr.write('sightline: not built yet (services/cli/dist/main.js is missing): run `npx nx run cli:build`\n');
  process.exit(1);
}
require(main);

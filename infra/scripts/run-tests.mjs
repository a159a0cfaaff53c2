#!/usr/bin/env node
// `npm test`: every project's lint, typecheck, tests and build through Nx, then the drift check of
// generated artefacts, then one closing line with the totals of every Jest run.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';

const totalsFile = 'tmp/test-totals.jsonl';
rmSync(totalsFile, { force: true });

const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', env: { ...process.env, NX_DAEMON: 'false' } }).status ?? 1;

let status = run('npx', ['nx', 'run-many', '-t', 'lint', 'typecheck', 'test', 'build', '--outputStyle=stream', '--skipNxCache', ...process.argv.slice(2)]);
if (status === 0) status = run('node', ['services/cli/dist/tools/compose-supergraph.js', '--check']);

const totals = existsSync(totalsFile)
  ? readFileSync(totalsFile, 'utf8').trim().split('\n').filter(Boolean).map((l) => JSON.parse(l))
  : [];
const sum = (key) => totals.reduce((n, t) => n + t[key], 0);
const failed = sum('failed') + (status !== 0 && sum('failed') === 0 ? 1 : 0);
console.log(`\n${sum('passed')} passed, ${failed} failed, ${sum('skipped')} skipped`);
process.exit(status);

#!/usr/bin/env node
// Cold-process benchmark of the CI gate: `sightline check --addons <18.0> --base <17.0>` on the
// materialised corpus trees, side by side with a baseline process that only reads both snapshots.
//   node bench/check.bench.mjs [--runs 5]      (needs the built cli: npx nx run cli:build)
// Goal: the check under 5 s wall and 400 MB peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOAL = { seconds: 5, rssMb: 400 };
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : '5');

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(packageDir, '..', '..', 'services', 'cli', 'dist', 'main.js');
if (!existsSync(cli)) {
  console.error(`${cli} is missing: build it first (npx nx run cli:build)`);
  process.exit(2);
}
const require = createRequire(join(packageDir, 'package.json'));
const corpus = require('@sightline/odoo-corpus');
const addons = require.resolve('@sightline/odoo-addons');

const v17 = corpus.materializeCorpusTree('17.0');
const v18 = corpus.materializeCorpusTree('18.0');
const readBoth = `const a = require(${JSON.stringify(addons)});
for (const p of [${JSON.stringify(v17.addonsPath)}, ${JSON.stringify(v18.addonsPath)}]) a.readAddonsSnapshot({ addonsPaths: [p], mode: 'lenient' });`;
const scenarios = {
  'read both snapshots': [process.execPath, '-e', readBoth],
  'sightline check': [process.execPath, cli, 'check', '--addons', v18.addonsPath, '--base', v17.addonsPath, '--format', 'json'],
};

/** One cold process under /usr/bin/time -v: wall seconds and peak RSS in MB. */
function measure(command) {
  const result = spawnSync('/usr/bin/time', ['-v', ...command], { encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
  const wall = /Elapsed \(wall clock\) time \(h:mm:ss or m:ss\): (?:(\d+):)?(\d+):([\d.]+)/.exec(result.stderr);
  const rss = /Maximum resident set size \(kbytes\): (\d+)/.exec(result.stderr);
  if (!wall || !rss || result.status > 1) throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stderr}`);
  return { seconds: Number(wall[1] ?? 0) * 3600 + Number(wall[2]) * 60 + Number(wall[3]), rssMb: Number(rss[1]) / 1024 };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const samples = Object.fromEntries(Object.keys(scenarios).map((name) => [name, []]));
try {
  for (let i = 0; i < runs; i++) for (const [name, command] of Object.entries(scenarios)) samples[name].push(measure(command));
} finally {
  v17.remove();
  v18.remove();
}
console.log(`cold processes, ${runs} run(s) each, 18.0 tree checked against 17.0 (node ${process.version})`);
console.log('scenario'.padEnd(22), 'wall p50'.padStart(9), 'wall max'.padStart(9), 'peak RSS'.padStart(10));
for (const [name, list] of Object.entries(samples)) {
  const walls = list.map((s) => s.seconds);
  const rss = Math.max(...list.map((s) => s.rssMb));
  console.log(name.padEnd(22), `${median(walls).toFixed(2)} s`.padStart(9), `${Math.max(...walls).toFixed(2)} s`.padStart(9), `${rss.toFixed(0)} MB`.padStart(10));
}
const check = samples['sightline check'];
const ok = median(check.map((s) => s.seconds)) < GOAL.seconds && Math.max(...check.map((s) => s.rssMb)) < GOAL.rssMb;
console.log(`goal < ${GOAL.seconds} s wall and < ${GOAL.rssMb} MB RSS: ${ok ? 'met' : 'NOT met'}`);

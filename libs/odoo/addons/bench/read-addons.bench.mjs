#!/usr/bin/env node
// Cold-process benchmark of reading a complete Odoo tree (the materialised corpus) with the built lib.
//   node bench/read-addons.bench.mjs [--runs 5] [--version 18.0]
// Each scenario runs in fresh `node` processes, interleaved: `startup` only loads the lib (the
// baseline to subtract), `security` reads the security data files alone (readAddonsSecurity, with
// the corpus's ir.model XML ids), `snapshot` reads everything (readAddonsSnapshot: Python models too).
// Goal for `snapshot`: under 3 s beyond startup and under 500 MB peak RSS.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const GOAL = { ms: 3000, rssMb: 500 };
const TIME = '/usr/bin/time';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(`--${name}`) ? args[args.indexOf(`--${name}`) + 1] : fallback);
const runs = Number(option('runs', '5'));
const version = option('version', '18.0');

const packageDir = join(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(packageDir, 'package.json'));
const libEntry = join(packageDir, 'dist', 'index.js');
if (!existsSync(libEntry)) {
  console.error(`${libEntry} is missing: build first (npx nx run odoo-addons:bench builds what it needs)`);
  process.exit(2);
}
const corpus = require('@sightline/odoo-corpus');

const env = (name) => `process.env.BENCH_${name}`;
const ADDONS = `{ addonsPaths: [${env('TREE')}], odooVersion: ${env('VERSION')}, mode: 'lenient' }`;

/** What each child does after loading the lib (`setup` is not timed): nothing, the security files alone, or everything. */
const CHILD = {
  startup: { setup: '', work: '' },
  security: {
    setup: `const ids = new Map(Object.entries(JSON.parse(require('node:fs').readFileSync(${env('XML_IDS')}, 'utf8'))));`,
    work: `const r = lib.readAddonsSecurity({ ...${ADDONS}, modelXmlIds: ids });
      counts = { groups: r.groups.length, acls: r.acls.length, rules: r.rules.length };`,
  },
  snapshot: {
    setup: '',
    work: `const { snapshot: s } = lib.readAddonsSnapshot(${ADDONS});
      counts = { groups: s.groups.length, acls: s.acls.length, rules: s.rules.length, models: s.models.length, fields: s.fields.length };`,
  },
};

/** The child prints one JSON line: load and work times measured inside, its peak RSS, and what it read. */
const childSource = ({ setup, work }) => `
  const t0 = performance.now();
  const lib = require(${JSON.stringify(libEntry)});
  const t1 = performance.now();
  ${setup}
  const t2 = performance.now();
  let counts = {};
  ${work}
  const t3 = performance.now();
  console.log(JSON.stringify({ loadMs: t1 - t0, workMs: t3 - t2, maxRssKb: process.resourceUsage().maxRSS, counts }));`;

function runChild(scenario, env) {
  const useTime = existsSync(TIME);
  const command = useTime ? TIME : process.execPath;
  const childArgs = [...(useTime ? ['-v', process.execPath] : []), '-e', childSource(CHILD[scenario])];
  const started = process.hrtime.bigint();
  const child = spawnSync(command, childArgs, { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 24 });
  const wallMs = Number(process.hrtime.bigint() - started) / 1e6;
  if (child.status !== 0) throw new Error(`${scenario} child failed (${child.status}):\n${child.stderr}`);
  const report = JSON.parse(child.stdout.trim().split('\n').at(-1));
  const timeRss = /Maximum resident set size \(kbytes\): (\d+)/.exec(child.stderr)?.[1];
  return { ...report, wallMs, rssKb: timeRss ? Number(timeRss) : report.maxRssKb, rssFrom: timeRss ? 'time -v' : 'resourceUsage' };
}

const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
const ms = (value) => `${Math.round(value)} ms`;
const mb = (kb) => `${Math.round(kb / 1024)} MB`;

function printTable(rows) {
  const widths = rows[0].map((_, column) => Math.max(...rows.map((row) => String(row[column]).length)));
  const textColumns = new Set([0, rows[0].length - 1]);
  const pad = (cell, column) => (textColumns.has(column) ? String(cell).padEnd(widths[column]) : String(cell).padStart(widths[column]));
  const line = (row) => row.map(pad).join('  ').trimEnd();
  console.log(line(rows[0]));
  console.log(widths.map((width) => '-'.repeat(width)).join('  '));
  rows.slice(1).forEach((row) => console.log(line(row)));
}

const root = mkdtempSync(join(tmpdir(), 'sightline-bench-'));
try {
  let started = performance.now();
  const tree = corpus.materializeCorpusTree(version, { root });
  console.log(`materialised the ${version} corpus tree in ${ms(performance.now() - started)}: ${tree.addonsPath}`);
  const xmlIds = join(root, 'model-xml-ids.json');
  writeFileSync(xmlIds, JSON.stringify(Object.fromEntries(corpus.corpusModelXmlIds(version))));
  const childEnv = { BENCH_TREE: tree.addonsPath, BENCH_VERSION: version, BENCH_XML_IDS: xmlIds };

  const scenarios = Object.keys(CHILD);
  const results = Object.fromEntries(scenarios.map((scenario) => [scenario, []]));
  started = performance.now();
  for (let run = 0; run < runs; run++) for (const scenario of scenarios) results[scenario].push(runChild(scenario, childEnv));
  console.log(`${runs} cold processes per scenario, interleaved, in ${ms(performance.now() - started)}; peak RSS from ${results.startup[0].rssFrom}\n`);

  const startupWall = median(results.startup.map((r) => r.wallMs));
  const rows = [['scenario', 'wall p50', 'wall min', 'wall max', 'p50 - startup', 'in-process p50', 'peak RSS max', 'read']];
  for (const scenario of scenarios) {
    const wall = results[scenario].map((r) => r.wallMs);
    const counts = Object.entries(results[scenario][0].counts).map(([key, value]) => `${value} ${key}`).join(', ');
    rows.push([
      scenario,
      ms(median(wall)),
      ms(Math.min(...wall)),
      ms(Math.max(...wall)),
      scenario === 'startup' ? '-' : ms(median(wall) - startupWall),
      ms(median(results[scenario].map((r) => (scenario === 'startup' ? r.loadMs : r.workMs)))),
      mb(Math.max(...results[scenario].map((r) => r.rssKb))),
      counts || '(loads the lib only)',
    ]);
  }
  printTable(rows);

  const snapshotMs = median(results.snapshot.map((r) => r.wallMs)) - startupWall;
  const snapshotRssMb = Math.max(...results.snapshot.map((r) => r.rssKb)) / 1024;
  const met = snapshotMs < GOAL.ms && snapshotRssMb < GOAL.rssMb;
  const verdict = met ? 'goal met' : 'GOAL MISSED';
  console.log(`\nsnapshot: ${ms(snapshotMs)} beyond startup (goal < ${GOAL.ms} ms), ${Math.round(snapshotRssMb)} MB peak RSS (goal < ${GOAL.rssMb} MB): ${verdict}`);
} finally {
  rmSync(root, { recursive: true, force: true });
}

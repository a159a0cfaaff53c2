import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realOdooTree } from '@sightline/odoo-corpus';
import { securityXml, writeCustomAddons } from './custom-addons.bench-util';

/**
 * `npm run bench:trees -w @sightline/cli`: the CLI on the published Odoo trees, each figure one
 * cold process (wall time and peak memory from GNU time when the machine has it), side by side
 * with a baseline run in the same go: CPython's own parsers (ast, ElementTree, csv) scanning the
 * same tree (`libs/odoo/addons/src/testing/scan-odoo-tree.py`), and reading every file once.
 */
const CLI = join(__dirname, '..', 'main.js');
const SCANNER = join(__dirname, '..', '..', '..', '..', 'libs', 'odoo', 'addons', 'src', 'testing', 'scan-odoo-tree.py');
const GNU_TIME = '/usr/bin/time';

interface Run {
  readonly seconds: number;
  readonly megabytes?: number;
  readonly status: number | null;
}

function run(command: string, args: readonly string[]): Run {
  const timed = existsSync(GNU_TIME);
  const start = process.hrtime.bigint();
  const child = timed
    ? spawnSync(GNU_TIME, ['-f', '%M', command, ...args], { encoding: 'utf8', maxBuffer: 256 << 20 })
    : spawnSync(command, args, { encoding: 'utf8', maxBuffer: 256 << 20 });
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const kilobytes = timed ? Number(child.stderr.trim().split('\n').at(-1)) : NaN;
  return { seconds, status: child.status, ...(Number.isFinite(kilobytes) && { megabytes: kilobytes / 1024 }) };
}

function readEveryFile(dir: string): number {
  let bytes = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) bytes += readEveryFile(path);
    else if (entry.isFile()) bytes += readFileSync(path).length;
  }
  return bytes;
}

const show = (label: string, r: Run, note = '') =>
  console.log(`${label.padEnd(58)} ${r.seconds.toFixed(2).padStart(6)} s ${r.megabytes === undefined ? '' : `${r.megabytes.toFixed(0).padStart(5)} MB`}  exit ${r.status}${note}`);

function main(): void {
  const [t17, t18] = [realOdooTree('17.0'), realOdooTree('18.0')];
  const out = mkdtempSync(join(tmpdir(), 'sightline-trees-bench-'));
  try {
    console.log('published Odoo trees (test/fixtures/odoo-trees), one cold process each:');
    const start = process.hrtime.bigint();
    const bytes = t18.addonsPaths.reduce((sum, path) => sum + readEveryFile(path), 0);
    console.log(`${'baseline: read every file of the 18.0 tree once (in-process)'.padEnd(58)} ${(Number(process.hrtime.bigint() - start) / 1e9).toFixed(2).padStart(6)} s  (${(bytes / 1e6).toFixed(0)} MB of files)`);
    const python = run('python3', [SCANNER, ...t18.addonsPaths]);
    show('baseline: CPython ast/ElementTree/csv scan of the 18.0 tree', python);
    const snapshot = run('node', [CLI, 'snapshot', '--addons', ...t18.addonsPaths, '-o', join(out, 's.json')]);
    show('sightline snapshot, whole 18.0 tree', snapshot, `  (${(python.seconds / snapshot.seconds).toFixed(1)}× the CPython scan's speed)`);
    show('sightline check, whole 18.0 against whole 17.0', run('node', [CLI, 'check', '--addons', ...t18.addonsPaths, '--base', ...t17.addonsPaths, '--format', 'json', '-o', join(out, 'c.json')]));

    const custom = Number(process.env['BENCH_CUSTOM_MODULES'] ?? 800);
    const base = join(out, 'base-custom');
    writeCustomAddons(base, custom);
    const head = join(out, 'head-custom');
    cpSync(base, head, { recursive: true });
    const changed = 'x_client_0003';
    writeFileSync(join(head, changed, 'security', 'security.xml'), securityXml(changed, 'x.client.3.record', ", (4, ref('hr.group_hr_user'))"));
    const sizes = readdirSync(base).length;
    const check = run('node', [CLI, 'check', '--addons', ...t17.addonsPaths, head, '--base', ...t17.addonsPaths, base, '--format', 'json', '-o', join(out, 'custom.json')]);
    const report = JSON.parse(readFileSync(join(out, 'custom.json'), 'utf8')) as { findings: { rule: string; group?: { xmlid: string } }[] };
    show(`sightline check, 17.0 + ${sizes} custom modules, one changed`, check, `  (${report.findings.filter((f) => f.rule === 'SL001').length} SL001: ${changed} now implies hr.group_hr_user)`);
    console.log(`(the custom modules are a generated fixture, ${(readEveryFile(base) / 1e6).toFixed(1)} MB, not a real repository)`);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

main();

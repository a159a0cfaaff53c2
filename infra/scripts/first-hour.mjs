#!/usr/bin/env node
// A new user's first hour, run as a test (issue 11): a fresh clone of this repository's HEAD, the
// README's two commands (`npm ci`, then `npm start` until /readyz answers 200), every README example
// marked `<!-- first-hour … -->` (command-line examples on the demo's Odoo trees, the token and curl
// example, the GraphQL examples), and the gate's repository layouts (check --base-ref/--repo); any
// step that fails, or prints something other than the README says, fails the run (exit 1).
//
// README markers (an HTML comment on the line before a fenced block):
//   <!-- first-hour setup -->          the set-up block; its first line must be `npm ci && npm start …`
//   <!-- first-hour -->                a sh block, run with bash in the clone (set -euo pipefail; shell
//   <!-- first-hour exit=1 -->         variables carry over to the next block); exit 0 unless exit=N
//   <!-- first-hour graphql -->        a GraphQL operation, sent with the TOKEN the sh blocks created;
//                                      $snapshot is the 18.0 demo snapshot, $from 17.0 and $to 18.0;
//                                      $source, $job, $imported: the ids createAddonsSource, importAddons
//                                      and job(…) { snapshotId } last answered
//   <!-- first-hour graphql retry=60 --> asked again (up to 60 s) until the answer is the one shown
//   <!-- first-hour output -->         after one of those: what it prints (a GraphQL answer as
//                                      JSON.stringify(answer, null, 2)). Every line must match an output
//                                      line, in order; `…` stands for any text, a line of `…` for lines left out.
//
// The examples are read from this working tree's README.md; the clone is of HEAD (commit first).
// Usage: node infra/scripts/first-hour.mjs [--keep] [--cold] [--port N]
//   --keep  leave the clone (and stop the server anyway);  --cold  a fresh Nx cache (a full build, minutes)
import { spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const args = process.argv.slice(2);
const keep = args.includes('--keep');
const cold = args.includes('--cold');
const portArg = args.includes('--port') ? Number(args[args.indexOf('--port') + 1]) : undefined;
const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

const MINUTE = 60_000;
const LIMITS = { clone: 2 * MINUTE, npmCi: 12 * MINUTE, ready: 5 * MINUTE, block: 3 * MINUTE, layouts: 5 * MINUTE, stop: 30_000 };

const timings = [];
let failed = false;
const t0 = Date.now();
const secs = (ms) => `${(ms / 1000).toFixed(1)} s`;

async function step(name, fn) {
  const start = Date.now();
  process.stdout.write(`\n== ${name}\n`);
  try {
    const result = await fn();
    timings.push({ name, ms: Date.now() - start, ok: true });
    process.stdout.write(`   ok (${secs(Date.now() - start)})\n`);
    return result;
  } catch (error) {
    timings.push({ name, ms: Date.now() - start, ok: false });
    failed = true;
    process.stdout.write(`   FAILED (${secs(Date.now() - start)}): ${error instanceof Error ? error.message : error}\n`);
    throw error;
  }
}

/** Runs a command to its end (bounded); resolves with its combined output, rejects on a non-expected exit. */
function run(command, argv, { cwd, env, timeoutMs, expectExit = 0, input, quiet = false }) {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, argv, { cwd, env, stdio: ['pipe', 'pipe', 'pipe'], detached: true });
    let out = '';
    const collect = (chunk) => {
      out += chunk;
      if (!quiet) process.stdout.write(chunk.toString().replace(/^(?=.)/gm, '   | '));
    };
    child.stdout.on('data', collect);
    child.stderr.on('data', collect);
    child.stdin.end(input ?? '');
    const timer = setTimeout(() => {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      reject(new Error(`${command} ${argv.join(' ').slice(0, 80)}: no end after ${secs(timeoutMs)}`));
    }, timeoutMs);
    child.on('error', (e) => { clearTimeout(timer); reject(e); });
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (code === expectExit) resolvePromise(out);
      else reject(new Error(`${command} ${argv.join(' ').slice(0, 80)}: exit ${code ?? signal}, expected ${expectExit}${quiet ? `\n${out.slice(-3000)}` : ''}`));
    });
  });
}

function freePort() {
  return new Promise((res, rej) => {
    const server = createServer();
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => { const { port } = server.address(); server.close(() => res(port)); });
  });
}

/** The README's marked blocks: { marker, attrs, lang, body, output? } in order. */
function markedBlocks(readme) {
  const lines = readme.split('\n');
  const blocks = [];
  for (let i = 0; i < lines.length; i++) {
    const m = /^<!-- first-hour(?:\s+([^>]*?))?\s*-->$/.exec(lines[i].trim());
    if (!m) continue;
    const words = (m[1] ?? '').split(/\s+/).filter(Boolean);
    const fence = /^(`{3,})(\w*)/.exec(lines[i + 1] ?? '');
    if (!fence) throw new Error(`README.md:${i + 1}: a first-hour marker must be followed by a fenced block`);
    let end = i + 2;
    while (end < lines.length && lines[end] !== fence[1]) end++;
    const block = { line: i + 2, kind: words.find((w) => !w.includes('=')) ?? 'sh', lang: fence[2], body: lines.slice(i + 2, end).join('\n') };
    for (const w of words.filter((w) => w.includes('='))) block[w.split('=')[0]] = w.split('=')[1];
    if (block.kind === 'output') {
      const previous = blocks.at(-1);
      if (!previous || previous.output !== undefined) throw new Error(`README.md:${i + 1}: an output block must follow a sh or graphql block`);
      previous.output = block;
    } else blocks.push(block);
    i = end;
  }
  return blocks;
}

/** Every expected line matches an output line, in order; `…` is any text, a line of only `…` is skipped. */
function assertOutput(expected, actual) {
  const got = actual.replace(/\r/g, '').split('\n').map((l) => l.trimEnd());
  let at = 0;
  for (const line of expected.body.split('\n').map((l) => l.trimEnd())) {
    if (line.trim() === '…' || line.trim() === '') continue;
    const pattern = new RegExp(`^${line.split('…').map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
    const found = got.findIndex((l, k) => k >= at && pattern.test(l));
    if (found < 0) {
      throw new Error(`README.md:${expected.line}: the README shows a line that is not in the output (in this order):\n     ${line}\n   the output was:\n${got.slice(0, 80).map((l) => `     ${l}`).join('\n')}`);
    }
    at = found + 1;
  }
}

const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
const blocks = markedBlocks(readme);
const setup = blocks.find((b) => b.kind === 'setup');
if (!setup || !/^npm ci && npm start\b/.test(setup.body.trim())) {
  console.error('README.md: no `<!-- first-hour setup -->` block starting with `npm ci && npm start`');
  process.exit(1);
}

const work = mkdtempSync(join(tmpdir(), 'sightline-first-hour-'));
// As root, the embedded PostgreSQL runs as `postgres`, which must reach its binaries in the clone.
if (process.getuid?.() === 0) chmodSync(work, 0o755);
const clone = join(work, 'sightline');
const port = portArg ?? (await freePort());
const state = join(work, 'shell-state.sh');
const env = { ...process.env, TMPDIR: work, SIGHTLINE_PORT: String(port), npm_config_prefer_offline: 'true', npm_config_audit: 'false', npm_config_fund: 'false', NX_DAEMON: 'false' };
for (const key of Object.keys(env)) if (key === 'DATABASE_URL' || (key.startsWith('SIGHTLINE_') && key !== 'SIGHTLINE_PORT')) delete env[key];
if (cold) env.NX_CACHE_DIRECTORY = join(work, 'nx-cache');
let server;

async function stopServer() {
  if (!server) return;
  if (server.exitCode !== null || server.signalCode !== null) throw new Error(`npm start ended before the examples did (${server.exitCode ?? server.signalCode})`);
  const exited = new Promise((r) => server.once('exit', r));
  try { process.kill(-server.pid, 'SIGTERM'); } catch { return; }
  const timeout = new Promise((r) => setTimeout(() => r('timeout'), LIMITS.stop));
  if ((await Promise.race([exited, timeout])) === 'timeout') {
    try { process.kill(-server.pid, 'SIGKILL'); } catch { /* gone */ }
    await exited;
  }
}

try {
  await step(`git clone ${repoRoot} (HEAD ${spawnSync('git', ['-C', repoRoot, 'rev-parse', '--short', 'HEAD']).stdout.toString().trim()})`, () =>
    run('git', ['clone', '-q', repoRoot, clone], { cwd: work, env, timeoutMs: LIMITS.clone }));
  if (existsSync(join(clone, '..', 'shared'))) throw new Error('the clone sees a ../shared folder; a user has none');

  await step('npm ci', () => run('npm', ['ci'], { cwd: clone, env, timeoutMs: LIMITS.npmCi, quiet: true }));

  await step(`npm start until /readyz answers 200 (port ${port})`, async () => {
    let log = '';
    server = spawn('npm', ['start'], { cwd: clone, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    server.stdout.on('data', (c) => { log += c; });
    server.stderr.on('data', (c) => { log += c; });
    const start = Date.now();
    let status;
    while (Date.now() - start < LIMITS.ready) {
      if (server.exitCode !== null) throw new Error(`npm start exited (${server.exitCode}):\n${log.slice(-3000)}`);
      status = await fetch(`http://127.0.0.1:${port}/readyz`).then((r) => r.status, () => undefined);
      if (status === 200) break;
      await new Promise((r) => setTimeout(r, 250));
    }
    if (status !== 200) throw new Error(`/readyz still ${status ?? 'not answering'} after ${secs(LIMITS.ready)}:\n${log.slice(-3000)}`);
    if (!/demo ready/.test(log)) throw new Error(`/readyz is 200 but the terminal says no "demo ready":\n${log.slice(-3000)}`);
    process.stdout.write(log.split('\n').filter((l) => !l.startsWith('{') && !/password:/.test(l)).map((l) => `   | ${l}`).join('\n') + '\n');
  });

  const gql = async (query, variables) => {
    const token = (spawnSync('bash', ['-c', `. ${state} && printf %s "$TOKEN"`]).stdout ?? '').toString();
    if (!token.startsWith('slt_')) throw new Error('no TOKEN from the README examples before this GraphQL example');
    const response = await fetch(`http://127.0.0.1:${port}/graphql`, {
      method: 'POST',
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (response.status !== 200 || body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body.errors ?? body).slice(0, 2000)}`);
    return body;
  };
  let demo;
  const captured = {};
  for (const block of blocks.filter((b) => b.kind !== 'setup')) {
    const title = block.body.split('\n').find((l) => l.trim() && !l.trim().startsWith('#'))?.trim() ?? '';
    await step(`README.md:${block.line} ${block.kind} ${title.slice(0, 90)}`, async () => {
      let output;
      if (block.kind === 'sh') {
        const script = [
          'set -euo pipefail', 'exec 2>&1', `[ -f ${state} ] && . ${state}`, 'set -a',
          block.body.replaceAll('localhost:4000', `localhost:${port}`),
          `export -p > ${state}`,
        ].join('\n');
        output = await run('bash', ['-c', script], { cwd: clone, env, timeoutMs: LIMITS.block, expectExit: Number(block.exit ?? 0) });
      } else if (block.kind === 'graphql') {
        demo ??= Object.fromEntries(
          (await gql('{ snapshots { edges { node { id odooVersion } } } }')).data.snapshots.edges.map((e) => [e.node.odooVersion, e.node.id]),
        );
        const declared = [...block.body.matchAll(/\$(\w+)\s*:/g)].map((m) => m[1]);
        const values = { snapshot: demo['18.0'], from: demo['17.0'], to: demo['18.0'], ...captured };
        const unknown = declared.filter((name) => !(name in values));
        if (unknown.length) throw new Error(`variable(s) ${unknown.join(', ')} unknown here: $snapshot, $from, $to, and $source, $job, $imported after the examples that create them`);
        const deadline = Date.now() + Number(block.retry ?? 0) * 1000;
        for (;;) {
          const answer = await gql(block.body, Object.fromEntries(declared.map((name) => [name, values[name]])));
          output = JSON.stringify(answer, null, 2);
          try {
            if (block.output) assertOutput(block.output, output);
            break;
          } catch (error) {
            if (Date.now() > deadline) throw error;
            await new Promise((r) => setTimeout(r, 500));
          }
        }
        const data = JSON.parse(output).data;
        if (data.createAddonsSource?.id) captured.source = data.createAddonsSource.id;
        if (data.importAddons?.id) captured.job = data.importAddons.id;
        if (data.job?.snapshotId) captured.imported = data.job.snapshotId;
        if (!block.output) process.stdout.write(output.split('\n').slice(0, 40).map((l) => `   | ${l}`).join('\n') + '\n');
      } else throw new Error(`unknown first-hour block kind ${block.kind}`);
      if (block.kind === 'sh' && block.output) assertOutput(block.output, output);
    });
  }

  await step('gate layouts (services/cli/test/check-base-ref-layouts.e2e.spec.ts in the clone)', () =>
    run('npm', ['run', '-s', 'jest', '--', 'services/cli/test/check-base-ref-layouts.e2e.spec.ts'], { cwd: clone, env, timeoutMs: LIMITS.layouts, quiet: true }));
} catch {
  // reported by step()
} finally {
  await step('stop the server', stopServer).catch(() => undefined);
  if (keep) process.stdout.write(`\nkept ${work}\n`);
  else rmSync(work, { recursive: true, force: true });
}

process.stdout.write(`\nfirst hour: ${failed ? 'FAILED' : 'ok'} in ${secs(Date.now() - t0)}\n`);
for (const t of timings) process.stdout.write(`  ${t.ok ? 'ok    ' : 'FAILED'} ${secs(t.ms).padStart(8)}  ${t.name}\n`);
process.exit(failed ? 1 : 0);

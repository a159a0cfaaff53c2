import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { commitAll, CUSTOM_HR_MODULE, CUSTOM_UNRELATED_MODULE, git, initRepo, writeFiles, writeMiniOdoo } from './mini-odoo.test-util';

/**
 * The installable CLI: `npm run pack:cli`'s script packs dist/sightline-cli-<version>.tgz, which is
 * installed the way the README's workflow does (`npm install -g <tarball>`, here with a temporary
 * prefix, from the npm registry for its dependencies) and runs with nothing of this repository around:
 * `check` (the README's GitHub Actions layout), `exposure`, `snapshot` and `diff`, without a database.
 * Needs the built CLI (services/cli/dist; the test target depends on the build).
 */
const repoRoot = join(__dirname, '..', '..', '..');
const { version } = JSON.parse(readFileSync(join(__dirname, '..', 'package.json'), 'utf8')) as { version: string };

// Each test starts several processes of the installed CLI (git, a Node process per command): slow on a
// loaded machine, so no test here depends on Jest's 5 s default.
jest.setTimeout(300_000);

let work: string;
let sightline: string;

/** The installed `sightline`, in `cwd`, with only PATH and HOME (no DATABASE_URL, no NODE_OPTIONS of the test runner). */
function run(cwd: string, args: string[]): SpawnSyncReturns<string> {
  return spawnSync(sightline, args, { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME }, encoding: 'utf8', timeout: 120_000 });
}

beforeAll(() => {
  work = realpathSync(mkdtempSync(join(tmpdir(), 'sightline-package-')));
  const packed = spawnSync(process.execPath, [join(repoRoot, 'infra', 'scripts', 'pack-cli.mjs'), '--out-dir', join(work, 'dist')], { encoding: 'utf8', timeout: 300_000 });
  expect(packed.stderr).toBe('');
  expect(packed.status).toBe(0);
  const tarball = join(work, 'dist', `sightline-cli-${version}.tgz`);
  expect(existsSync(tarball)).toBe(true);
  const prefix = join(work, 'global');
  const installed = spawnSync('npm', ['install', '-g', '--prefix', prefix, '--no-audit', '--no-fund', '--prefer-offline', tarball], {
    cwd: work,
    env: { PATH: process.env.PATH, HOME: process.env.HOME },
    encoding: 'utf8',
    timeout: 900_000,
  });
  if (installed.status !== 0) throw new Error(`npm install -g ${tarball} failed:\n${installed.stderr}`);
  sightline = join(prefix, 'bin', 'sightline');
}, 1_200_000);
afterAll(() => work && rmSync(work, { recursive: true, force: true }));

describe('the packed CLI, installed from its tarball into an empty prefix', () => {
  it('brings no workspace package: every @sightline library is bundled', () => {
    const installed = join(work, 'global', 'lib', 'node_modules', '@sightline');
    const manifest = JSON.parse(readFileSync(join(installed, 'cli', 'package.json'), 'utf8')) as { dependencies: object; optionalDependencies: object };
    expect(Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }).filter((name) => name.startsWith('@sightline/'))).toEqual([]);
    expect(spawnSync('ls', [installed], { encoding: 'utf8' }).stdout.trim()).toBe('cli');
    expect(run(work, ['--version']).stdout.trim()).toBe(version);
  });

  it("sightline check --base-ref in the README's GitHub Actions layout: exit 1 for a new HR implication, 0 otherwise", () => {
    const ws = join(work, 'ws');
    writeFiles(join(ws, 'custom_addons'), CUSTOM_UNRELATED_MODULE);
    initRepo(ws, 'main', ['custom_addons']);
    const [apps, base] = writeMiniOdoo(join(ws, 'odoo'));
    initRepo(join(ws, 'odoo'), '17.0');
    const args = ['check', '--addons', 'odoo/addons', 'odoo/odoo/addons', 'custom_addons', '--base-ref', 'main', '--repo', '.'];

    git(ws, 'checkout', '-q', '-b', 'unrelated');
    writeFiles(join(ws, 'custom_addons'), { 'acme_fleet_extra/README.md': 'Drivers.\n' });
    commitAll(ws, 'unrelated', ['custom_addons']);
    const pass = run(ws, args);
    expect(pass.stderr).toBe('');
    expect(pass.status).toBe(0);
    expect(pass.stdout).toContain(`compared at main: ${join(ws, 'custom_addons')}`);

    git(ws, 'checkout', '-q', '-b', 'hr', 'main');
    writeFiles(join(ws, 'custom_addons'), CUSTOM_HR_MODULE);
    commitAll(ws, 'hr', ['custom_addons']);
    const fail = run(ws, [...args, '--format', 'github']);
    expect(fail.status).toBe(1);
    expect(fail.stdout).toMatch(/^::error file=custom_addons\/acme_hr_bridge\/security\/acme_security\.xml,line=3,title=SL001 new HR-data access%3A acme_hr_bridge\.group_acme_coordinator::/m);
    expect(fail.stdout).toContain(`taken as they are on both sides (not compared): ${apps} (in another repository`);
    expect(fail.stdout).toContain(`${base} (in another repository`);

    const withoutRepo = run(ws, args.slice(0, -2));
    expect(withoutRepo.status).toBe(3);
    expect(withoutRepo.stderr).toMatch(/git revision main does not exist in .*\/odoo, the repository of this addons path/);
  });

  it('sightline exposure, snapshot and diff on a small tree, without a database', () => {
    const dir = join(work, 'trees');
    writeMiniOdoo(dir);
    writeFiles(join(dir, 'custom'), CUSTOM_HR_MODULE);
    const exposure = run(dir, ['exposure', '--addons', 'addons', 'odoo/addons', 'custom', '--by', 'group', '--category', 'hr', '--format', 'json']);
    expect(exposure.stderr).toBe('');
    expect(exposure.status).toBe(0);
    const groups = (JSON.parse(exposure.stdout) as { groups: { xmlid: string; fields: { model: string; field: string; via: string[] }[] }[] }).groups;
    const coordinator = groups.find((g) => g.xmlid === 'acme_hr_bridge.group_acme_coordinator');
    expect(coordinator?.fields).toContainEqual(expect.objectContaining({ model: 'hr.employee', field: 'private_email', via: ['acme_hr_bridge.group_acme_coordinator', 'hr.group_hr_user'] }));

    expect(run(dir, ['snapshot', '--addons', 'addons', 'odoo/addons', '--out', 'before.json']).status).toBe(0);
    expect(run(dir, ['snapshot', '--addons', 'addons', 'odoo/addons', 'custom', '--out', 'after.json']).status).toBe(0);
    const diff = run(dir, ['diff', 'before.json', 'after.json']);
    expect(diff.status).toBe(1);
    expect(diff.stdout).toContain('+ acme_hr_bridge.group_acme_coordinator');
    expect(run(dir, ['diff', 'before.json', 'before.json']).status).toBe(0);
  });
});

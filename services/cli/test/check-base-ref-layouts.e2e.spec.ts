import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CheckReport } from '@sightline/ci-gate';
import { CliError } from '../src/cli-error';
import { checkAddons, type CheckCommandOptions } from '../src/commands/check.command';
import { commitAll, CUSTOM_HR_MODULE, CUSTOM_UNRELATED_MODULE, git, initRepo, writeFiles, writeMiniOdoo } from './mini-odoo.test-util';

/**
 * `sightline check --base-ref` in the layouts a pipeline really has, with real git repositories:
 * each addons path is read in its own repository, paths outside it are taken as they are, and a
 * path that should be compared but cannot be exits 3. The custom module newly implying
 * hr.group_hr_user must fail (exit 1) in every layout and path order.
 */

// Every check spawns git several times and reads two trees: generous, so a loaded machine cannot fail it.
jest.setTimeout(120_000);

type Change = 'hr' | 'unrelated';

interface Layout {
  /** Odoo's two addons paths, then the custom one. */
  readonly paths: readonly [string, string, string];
  /** The repository of custom_addons. */
  readonly customRepo: string;
}

const ORDERS: readonly (readonly [string, readonly number[]])[] = [
  ['odoo first', [0, 1, 2]],
  ['custom first', [2, 0, 1]],
  ['custom between', [0, 2, 1]],
];

let root: string;
const layouts = new Map<string, Layout>();
const layout = (name: string, change: Change) => layouts.get(`${name}/${change}`)!;

/** custom_addons in `repo`: an unrelated module on main, then `change` on the checked-out branch feature. */
function customRepo(repo: string, change: Change, paths?: string[]): string {
  mkdirSync(repo, { recursive: true });
  writeFiles(join(repo, 'custom_addons'), CUSTOM_UNRELATED_MODULE);
  initRepo(repo, 'main', paths);
  git(repo, 'checkout', '-q', '-b', 'feature');
  writeFiles(join(repo, 'custom_addons'), change === 'hr' ? CUSTOM_HR_MODULE : { 'acme_fleet_extra/README.md': 'Drivers.\n' });
  commitAll(repo, `custom: ${change}`, paths);
  return join(repo, 'custom_addons');
}

/** The README's GitHub Actions layout: the workspace repository, Odoo cloned into it at 17.0 (no main there). */
function readmeLayout(dir: string, change: Change): Layout {
  const custom = customRepo(dir, change, ['custom_addons']);
  const [apps, base] = writeMiniOdoo(join(dir, 'odoo'));
  initRepo(join(dir, 'odoo'), '17.0');
  return { paths: [apps, base, custom], customRepo: dir };
}

/** An Odoo tree in no repository at all, custom_addons in its own repository. */
function outsideLayout(dir: string, change: Change): Layout {
  const [apps, base] = writeMiniOdoo(join(dir, 'odoo'));
  return { paths: [apps, base, customRepo(join(dir, 'custom'), change)], customRepo: join(dir, 'custom') };
}

/** Odoo in a repository of its own that also has a main branch, custom_addons in another. */
function otherRepoLayout(dir: string, change: Change): Layout {
  const [apps, base] = writeMiniOdoo(join(dir, 'odoo'));
  initRepo(join(dir, 'odoo'), 'main');
  git(join(dir, 'odoo'), 'tag', 'only-in-odoo');
  return { paths: [apps, base, customRepo(join(dir, 'custom'), change)], customRepo: join(dir, 'custom') };
}

beforeAll(() => {
  root = realpathSync(mkdtempSync(join(tmpdir(), 'sightline-layouts-')));
  expect(spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: root }).status).not.toBe(0); // the temp dir is in no repository
  for (const change of ['hr', 'unrelated'] as const) {
    layouts.set(`readme/${change}`, readmeLayout(join(root, `readme-${change}`), change));
    layouts.set(`outside/${change}`, outsideLayout(join(root, `outside-${change}`), change));
    layouts.set(`other-repo/${change}`, otherRepoLayout(join(root, `other-${change}`), change));
  }
}, 300_000);
afterAll(() => root && rmSync(root, { recursive: true, force: true }));

interface Outcome {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** The check command's own code, as `sightline check … --base-ref <ref>` runs it; CliError is the exit code it maps to. */
async function check(paths: readonly string[], ref: string, extra: Partial<CheckCommandOptions> = {}): Promise<Outcome> {
  let stdout = '';
  const out = { write: (chunk: string) => ((stdout += chunk), true), isTTY: false } as unknown as NodeJS.WritableStream;
  try {
    const code = await checkAddons({ addons: [...paths], baseRef: ref, format: 'json', ...extra }, '0.1.0', out);
    return { code, stdout, stderr: '' };
  } catch (error) {
    if (error instanceof CliError) return { code: error.exitCode, stdout, stderr: error.message };
    throw error;
  }
}

const ordered = (l: Layout, order: readonly number[]) => order.map((i) => l.paths[i]!);
const report = (o: Outcome) => JSON.parse(o.stdout) as CheckReport;
const newGroups = (o: Outcome) => report(o).findings.filter((f) => f.rule === 'SL001').map((f) => f.group?.xmlid);
const compared = (o: Outcome) => Object.fromEntries(report(o).base!.paths!.map((p) => [p.path, p.compared]));

describe.each(ORDERS)('sightline check --base-ref, paths %s', (_name, order) => {
  describe("the README's GitHub Actions layout (Odoo cloned into the workspace at 17.0)", () => {
    it('without --repo, exits 3 naming the Odoo path and the ref its repository lacks (never compares HEAD with HEAD)', async () => {
      const l = layout('readme', 'hr');
      const outcome = await check(ordered(l, order), 'main');
      expect(outcome.code).toBe(3);
      expect(outcome.stderr).toMatch(/\/odoo\/(odoo\/)?addons: git revision main does not exist in .*\/odoo, the repository of this addons path/);
    });

    it('with --repo, compares custom_addons at main and takes Odoo as it is: the new HR implication exits 1', async () => {
      const l = layout('readme', 'hr');
      const outcome = await check(ordered(l, order), 'main', { repo: l.customRepo });
      expect(outcome.code).toBe(1);
      expect(newGroups(outcome)).toEqual(['acme_hr_bridge.group_acme_coordinator']);
      expect(compared(outcome)).toEqual({ [l.paths[0]]: 'as-is', [l.paths[1]]: 'as-is', [l.paths[2]]: 'at-ref' });
      expect(report(outcome).base!.paths!.find((p) => p.path === l.paths[0])!.reason).toMatch(/^in another repository, .*\/odoo, than --repo /);
    });

    it('with --repo, an unrelated change passes with exit 0', async () => {
      const l = layout('readme', 'unrelated');
      const outcome = await check(ordered(l, order), 'main', { repo: l.customRepo });
      expect(outcome.stderr).toBe('');
      expect(outcome.code).toBe(0);
    });
  });

  describe('an Odoo tree outside any repository', () => {
    it('is taken as it is; custom_addons is compared in its own repository: exit 1', async () => {
      const l = layout('outside', 'hr');
      const outcome = await check(ordered(l, order), 'main');
      expect(outcome.code).toBe(1);
      expect(newGroups(outcome)).toEqual(['acme_hr_bridge.group_acme_coordinator']);
      expect(compared(outcome)).toEqual({ [l.paths[0]]: 'as-is', [l.paths[1]]: 'as-is', [l.paths[2]]: 'at-ref' });
      expect(report(outcome).base!.paths![order.indexOf(0)]).toMatchObject({ path: l.paths[0], reason: 'not in a git repository', repository: null });
    });

    it('the same with --repo', async () => {
      const l = layout('outside', 'hr');
      expect((await check(ordered(l, order), 'main', { repo: l.customRepo })).code).toBe(1);
    });

    it('an unrelated change passes with exit 0', async () => {
      expect((await check(ordered(layout('outside', 'unrelated'), order), 'main')).code).toBe(0);
    });
  });

  describe('trees in another repository that also has a main branch', () => {
    it('each path is compared at main in its own repository: the new HR implication in custom_addons exits 1', async () => {
      const l = layout('other-repo', 'hr');
      const outcome = await check(ordered(l, order), 'main');
      expect(outcome.code).toBe(1);
      expect(newGroups(outcome)).toEqual(['acme_hr_bridge.group_acme_coordinator']);
      expect(compared(outcome)).toEqual({ [l.paths[0]]: 'at-ref', [l.paths[1]]: 'at-ref', [l.paths[2]]: 'at-ref' });
    });

    it('with --repo custom, Odoo is taken as it is: exit 1', async () => {
      const l = layout('other-repo', 'hr');
      const outcome = await check(ordered(l, order), 'main', { repo: l.customRepo });
      expect(outcome.code).toBe(1);
      expect(compared(outcome)).toEqual({ [l.paths[0]]: 'as-is', [l.paths[1]]: 'as-is', [l.paths[2]]: 'at-ref' });
    });

    it('an unrelated change passes with exit 0', async () => {
      expect((await check(ordered(layout('other-repo', 'unrelated'), order), 'main')).code).toBe(0);
    });

    it('a ref only the Odoo repository has exits 3 naming custom_addons and the ref', async () => {
      const l = layout('other-repo', 'hr');
      const outcome = await check(ordered(l, order), 'only-in-odoo');
      expect(outcome.code).toBe(3);
      expect(outcome.stderr).toContain(`${l.paths[2]}: git revision only-in-odoo does not exist in `);
    });
  });
});

describe('sightline check --base-ref: ignored trees, nothing compared, usage', () => {
  it('an Odoo tree unpacked into the workspace and ignored by git is taken as it is', async () => {
    const dir = join(root, 'ignored');
    writeFiles(dir, { '.gitignore': '/odoo/\n' });
    const custom = customRepo(dir, 'hr');
    const [apps, base] = writeMiniOdoo(join(dir, 'odoo'));
    const outcome = await check([apps, base, custom], 'main');
    expect(outcome.code).toBe(1);
    expect(report(outcome).base!.paths).toEqual([
      { path: apps, compared: 'as-is', repository: dir, reason: `ignored by git in ${dir}` },
      { path: base, compared: 'as-is', repository: dir, reason: `ignored by git in ${dir}` },
      { path: custom, compared: 'at-ref', repository: dir, reason: null },
    ]);
  });

  it('exits 3 when no addons path is in a git repository', async () => {
    const l = layout('outside', 'hr');
    const outcome = await check(l.paths.slice(0, 2), 'main');
    expect(outcome.code).toBe(3);
    expect(outcome.stderr).toMatch(/no addons path is in a git repository: nothing would be compared at main/);
  });

  it('exits 3 when --repo holds none of the addons paths', async () => {
    const l = layout('readme', 'hr');
    const outcome = await check(l.paths.slice(0, 2), 'main', { repo: l.customRepo });
    expect(outcome.code).toBe(3);
    expect(outcome.stderr).toMatch(/no addons path is in .* \(--repo\): nothing would be compared at main/);
  });

  it('exits 3 when --repo lacks the ref, and 2 for --repo without --base-ref', async () => {
    const l = layout('readme', 'hr');
    expect((await check(l.paths, 'no-such-ref', { repo: l.customRepo })).code).toBe(3);
    await expect(checkAddons({ addons: [l.paths[2]], base: [l.paths[2]], repo: l.customRepo, format: 'json' }, '0.1.0', process.stdout)).rejects.toMatchObject({ exitCode: 2 });
  });
});

describe('sightline check --base-ref says in every format which paths were compared and which taken as they are', () => {
  const formats = ['text', 'json', 'sarif', 'junit', 'github'] as const;

  it.each(formats)('%s', async (format) => {
    const l = layout('readme', 'hr');
    const outcome = await check(l.paths, 'main', { repo: l.customRepo, format });
    expect(outcome.code).toBe(1);
    const text = outcome.stdout;
    switch (format) {
      case 'text':
      case 'github':
        expect(text).toContain(`compared at main: ${l.paths[2]}`);
        expect(text).toContain(`taken as they are on both sides (not compared): ${l.paths[0]} (in another repository`);
        expect(text).toContain(`${l.paths[1]} (in another repository`);
        if (format === 'github') expect(text).toMatch(/^::notice title=Sightline base::compared at main: /m);
        break;
      case 'json':
        expect(report(outcome).base).toMatchObject({ kind: 'git-ref', ref: 'main', description: `main:${l.paths[2]}` });
        expect(report(outcome).base!.paths!.map((p) => p.compared)).toEqual(['as-is', 'as-is', 'at-ref']);
        break;
      case 'sarif': {
        const invocation = JSON.parse(text).runs[0].invocations[0];
        expect(invocation.properties.base).toEqual({ ref: 'main', comparedAtRef: [l.paths[2]], takenAsIs: [expect.objectContaining({ path: l.paths[0] }), expect.objectContaining({ path: l.paths[1] })] });
        expect(invocation.toolExecutionNotifications[0].message.text).toContain(`compared at main: ${l.paths[2]}`);
        break;
      }
      case 'junit':
        expect(text).toContain(`<property name="base.compared-at-ref" value="${l.paths[2]}"/>`);
        expect(text).toContain(`<property name="base.taken-as-is" value="${l.paths[0]} (in another repository`);
        break;
    }
  });
});

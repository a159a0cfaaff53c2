import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { CheckInputError } from './check-input.error';
import type { BasePathOrigin, GitRefTree } from './git-ref-tree.type';

const MAX_ARCHIVE_BYTES = 4 * 1024 ** 3;

export interface GitRefTreeOptions {
  /**
   * The repository the revision belongs to (`--repo`). Paths outside it, or in another repository
   * nested in it (an Odoo checkout cloned into the workspace), are taken as they are on both sides.
   * Without it, every addons path is read in its own repository, which must have the revision.
   */
  readonly repo?: string;
}

interface Planned {
  readonly origin: BasePathOrigin;
  /** Path inside its repository (`/`-separated), for `at-ref` paths. */
  readonly rel: string | null;
}

/**
 * Extracts the addons paths (and `odoo/release.py` beside them, for the version) at `ref` with
 * `git archive | tar -x` into a temporary directory: the working tree, index and HEAD are untouched.
 * Each path is resolved in its own repository (`git rev-parse --show-toplevel`); paths outside any
 * repository (or outside `options.repo`) are taken as they are and reported so in `origins`.
 * @throws CheckInputError when a path that should be compared cannot be (its repository lacks the
 *   revision, git fails), or when no path at all is compared at the revision.
 */
export function extractGitRefTree(addonsPaths: readonly string[], ref: string, options: GitRefTreeOptions = {}): GitRefTree {
  const plan = planPaths(addonsPaths, ref, options);
  const repos = [...new Set(plan.filter((p) => p.origin.compared === 'at-ref').map((p) => p.origin.repository!))];
  const root = mkdtempSync(join(tmpdir(), 'sightline-base-'));
  try {
    repos.forEach((top, k) => {
      const rels = plan.filter((p) => p.origin.repository === top && p.rel !== null).map((p) => p.rel!);
      const wanted = rels.flatMap((p) => [p, posix.join(p, '..', 'odoo', 'release.py'), posix.join(p, '..', 'release.py')]).filter((p) => !p.startsWith('..'));
      const present = [...new Set(wanted)].filter((p) => exists(top, ref, p));
      const into = join(root, String(k));
      mkdirSync(into);
      if (present.length > 0) untar(gitBuffer(['archive', '--format=tar', ref, '--', ...present], top), into);
    });
    const paths = plan.map(({ origin, rel }) => (rel === null ? origin.path : join(root, String(repos.indexOf(origin.repository!)), rel)));
    for (const path of paths) mkdirSync(path, { recursive: true }); // an addons path new at head is empty at base
    const labels = repos.map((top, k) => ({ prefix: join(root, String(k)) + sep, label: repos.length === 1 ? `${ref}:` : `${top}@${ref}:` }));
    return {
      ref,
      addonsPaths: paths,
      origins: plan.map((p) => p.origin),
      describe: (text) => labels.reduce((t, { prefix, label }) => t.split(prefix).join(label), text),
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

function planPaths(addonsPaths: readonly string[], ref: string, options: GitRefTreeOptions): Planned[] {
  const given = options.repo === undefined ? null : repoOf(options.repo, ref);
  const checked = new Map<string, boolean>();
  const hasRef = (top: string) => checked.get(top) ?? checked.set(top, revisionExists(top, ref)).get(top)!;
  const plan = addonsPaths.map((path): Planned => {
    assertDirectory(path);
    const top = topLevel(path);
    const asIs = (reason: string): Planned => ({ origin: { path, compared: 'as-is', repository: top, reason }, rel: null });
    if (given !== null && top !== given) {
      return asIs(top === null ? `not in a git repository (--repo ${given})` : `in another repository, ${top}, than --repo ${given}`);
    }
    if (top === null) return asIs('not in a git repository');
    if (!hasRef(top)) {
      throw new CheckInputError([{ file: path, message: `git revision ${ref} does not exist in ${top}, the repository of this addons path: it cannot be compared (fetch it, or give --repo <dir> to compare only the paths of that repository)` }]);
    }
    const rel = relative(top, realpathSync(path)).split(sep).join('/') || '.';
    if (isIgnored(top, rel)) return asIs(`ignored by git in ${top}`);
    return { origin: { path, compared: 'at-ref', repository: top, reason: null }, rel };
  });
  if (!plan.some((p) => p.origin.compared === 'at-ref')) {
    const where = given === null ? 'in a git repository' : `in ${given} (--repo)`;
    throw new CheckInputError([{ file: addonsPaths.join(', '), message: `no addons path is ${where}: nothing would be compared at ${ref}` }]);
  }
  return plan;
}

/** The `--repo` work tree, which must be one and have the revision. */
function repoOf(dir: string, ref: string): string {
  assertDirectory(dir);
  const top = topLevel(dir);
  if (top === null) throw new CheckInputError([{ file: dir, message: '--repo: not a git repository' }]);
  if (!revisionExists(top, ref)) throw new CheckInputError([{ file: top, message: `git revision ${ref} does not exist in this repository (--repo)` }]);
  return top;
}

function assertDirectory(path: string): void {
  let isDir = false;
  try {
    isDir = statSync(path).isDirectory();
  } catch {
    throw new CheckInputError([{ file: path, message: 'no such directory' }]);
  }
  if (!isDir) throw new CheckInputError([{ file: path, message: 'not a directory' }]);
}

/** The real path of the git work tree holding `dir`, null outside any. */
function topLevel(dir: string): string | null {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd: dir, encoding: 'utf8' });
  const top = result.status === 0 ? result.stdout.trim() : '';
  if (!top) return null;
  const real = realpathSync(top);
  return isAbsolute(real) ? real : null;
}

function revisionExists(top: string, ref: string): boolean {
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top }).status === 0;
}

/** An ignored, untracked directory (an Odoo tree unpacked into the work tree) is not part of the repository. */
function isIgnored(top: string, rel: string): boolean {
  if (rel === '.') return false;
  const ignored = spawnSync('git', ['check-ignore', '-q', '--', rel], { cwd: top }).status === 0;
  if (!ignored) return false;
  const tracked = spawnSync('git', ['ls-files', '--', rel], { cwd: top, encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
  return !(tracked.status === 0 && tracked.stdout.trim() !== '');
}

function exists(top: string, ref: string, path: string): boolean {
  return spawnSync('git', ['cat-file', '-e', `${ref}:${path === '.' ? '' : path}`], { cwd: top }).status === 0;
}

function gitBuffer(args: string[], cwd: string): Buffer {
  const result = spawnSync('git', args, { cwd, maxBuffer: MAX_ARCHIVE_BYTES });
  if (result.error || result.status !== 0) {
    const why = result.stderr?.toString().trim() || result.error?.message || `git ${args[0]} failed`;
    throw new CheckInputError([{ file: cwd, message: `git ${args.slice(0, 2).join(' ')}: ${why}` }]);
  }
  return result.stdout;
}

function untar(archive: Buffer, into: string): void {
  const result = spawnSync('tar', ['-x', '-f', '-', '-C', into], { input: archive, maxBuffer: 16 * 1024 ** 2 });
  if (result.error || result.status !== 0) {
    throw new CheckInputError([{ file: into, message: `tar: ${result.stderr?.toString().trim() || result.error?.message}` }]);
  }
}

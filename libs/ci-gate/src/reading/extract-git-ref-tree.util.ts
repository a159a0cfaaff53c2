import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, realpathSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join, posix, relative, sep } from 'node:path';
import { CheckInputError } from './check-input.error';
import type { GitRefTree } from './git-ref-tree.type';

const MAX_ARCHIVE_BYTES = 4 * 1024 ** 3;

/**
 * Extracts the addons paths (and `odoo/release.py` beside them, for the version) at `ref` with
 * `git archive | tar -x` into a temporary directory: the working tree, index and HEAD are untouched.
 * @throws CheckInputError when git cannot read the revision.
 */
export function extractGitRefTree(addonsPaths: readonly string[], ref: string): GitRefTree {
  const top = git(['rev-parse', '--show-toplevel'], addonsPaths[0] ?? '.').trim();
  git(['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], top, `unknown revision ${ref}`);
  const inRepo = addonsPaths.map((path) => repoRelative(top, path)).map((rel) => (rel !== null && (exists(top, ref, rel) || isTracked(top, rel)) ? rel : null));
  const wanted = inRepo.filter((p): p is string => p !== null).flatMap((p) => [p, posix.join(p, '..', 'odoo', 'release.py'), posix.join(p, '..', 'release.py')]);
  const present = [...new Set(wanted)].filter((p) => exists(top, ref, p));
  const root = mkdtempSync(join(tmpdir(), 'sightline-base-'));
  try {
    if (present.length > 0) untar(gitBuffer(['archive', '--format=tar', ref, '--', ...present], top), root);
    const paths = addonsPaths.map((path, i) => (inRepo[i] === null ? path : join(root, inRepo[i]!)));
    for (const path of paths) mkdirSync(path, { recursive: true }); // an addons path new at head is empty at base
    return {
      ref,
      addonsPaths: paths,
      describe: (text) => text.split(root + sep).join(`${ref}:`),
      remove: () => rmSync(root, { recursive: true, force: true }),
    };
  } catch (error) {
    rmSync(root, { recursive: true, force: true });
    throw error;
  }
}

function repoRelative(top: string, path: string): string | null {
  const rel = relative(realpathSync(top), realpathSync(path));
  return rel.startsWith('..') || isAbsolute(rel) ? null : rel.split(sep).join('/') || '.';
}

/** Untracked paths inside the work tree (an Odoo checkout cloned into it) are used as they are. */
function isTracked(top: string, path: string): boolean {
  const result = spawnSync('git', ['ls-files', '--', path], { cwd: top, encoding: 'utf8', maxBuffer: 256 * 1024 ** 2 });
  return result.status === 0 && result.stdout.trim() !== '';
}

function exists(top: string, ref: string, path: string): boolean {
  return spawnSync('git', ['cat-file', '-e', `${ref}:${path === '.' ? '' : path}`], { cwd: top }).status === 0;
}

function git(args: string[], cwd: string, failure?: string): string {
  return gitBuffer(args, cwd, failure).toString('utf8');
}

function gitBuffer(args: string[], cwd: string, failure?: string): Buffer {
  const result = spawnSync('git', args, { cwd, maxBuffer: MAX_ARCHIVE_BYTES });
  if (result.error || result.status !== 0) {
    const why = failure ?? (result.stderr?.toString().trim() || result.error?.message || `git ${args[0]} failed`);
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

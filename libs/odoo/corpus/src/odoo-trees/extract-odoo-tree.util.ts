import { execFile, execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import type { CorpusVersion } from '../corpus-version.type';
import { odooTreeArchive } from './odoo-tree-archive.util';

/** An unpacked Odoo source tree: its folder and the addons paths Odoo would be given. */
export interface OdooTree {
  readonly version: CorpusVersion;
  readonly root: string;
  /** `root/addons`, `root/odoo/addons`: Odoo's default `--addons-path` order. */
  readonly addonsPaths: readonly [string, string];
}

const MARKER = '.sightline-archive-sha256';

/**
 * Unpacks the repository's copy of a published Odoo tree into `parentDir/<version>` once: a later
 * call finds it by the archive's hash and returns at once. Unpacked beside the target and renamed
 * into place, so concurrent callers (Jest workers, two CLI runs) never see half a tree.
 */
export function extractOdooTree(version: CorpusVersion, parentDir: string): OdooTree {
  const archive = odooTreeArchive(version);
  const sha = createHash('sha256').update(readFileSync(archive)).digest('hex');
  const root = join(parentDir, version);
  const tree: OdooTree = { version, root, addonsPaths: [join(root, 'addons'), join(root, 'odoo', 'addons')] };
  if (readMarker(root) === sha) return tree;
  mkdirSync(parentDir, { recursive: true });
  const staging = mkdtempSync(join(parentDir, `.${version}-`));
  try {
    execFileSync('tar', ['-xzf', archive, '-C', staging], { stdio: ['ignore', 'ignore', 'pipe'] });
    writeFileSync(join(staging, version, MARKER), sha);
    if (readMarker(root) !== sha) {
      rmSync(root, { recursive: true, force: true });
      renameSync(join(staging, version), root);
    }
  } catch (error) {
    if (readMarker(root) !== sha) throw error; // another process won the race: its tree is complete
  } finally {
    rmSync(staging, { recursive: true, force: true });
  }
  return tree;
}

/**
 * {@link extractOdooTree} without blocking the event loop (`tar` runs as a child process, files
 * are written asynchronously): for a server that unpacks a tree while it answers requests.
 */
export async function extractOdooTreeAsync(version: CorpusVersion, parentDir: string): Promise<OdooTree> {
  const archive = odooTreeArchive(version);
  const sha = createHash('sha256').update(await readFile(archive)).digest('hex');
  const root = join(parentDir, version);
  const tree: OdooTree = { version, root, addonsPaths: [join(root, 'addons'), join(root, 'odoo', 'addons')] };
  if ((await readMarkerAsync(root)) === sha) return tree;
  await mkdir(parentDir, { recursive: true });
  const staging = await mkdtemp(join(parentDir, `.${version}-`));
  try {
    await promisify(execFile)('tar', ['-xzf', archive, '-C', staging]);
    await writeFile(join(staging, version, MARKER), sha);
    if ((await readMarkerAsync(root)) !== sha) {
      await rm(root, { recursive: true, force: true });
      await rename(join(staging, version), root);
    }
  } catch (error) {
    if ((await readMarkerAsync(root)) !== sha) throw error; // another process won the race: its tree is complete
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
  return tree;
}

/** For tests and benchmarks: the tree unpacked once per archive content under the system's temp folder. */
export function realOdooTree(version: CorpusVersion): OdooTree {
  return extractOdooTree(version, join(tmpdir(), 'sightline-odoo-trees'));
}

function readMarker(root: string): string | null {
  const file = join(root, MARKER);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

async function readMarkerAsync(root: string): Promise<string | null> {
  return readFile(join(root, MARKER), 'utf8').catch(() => null);
}

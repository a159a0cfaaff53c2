import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
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

/** For tests and benchmarks: the tree unpacked once per archive content under the system's temp folder. */
export function realOdooTree(version: CorpusVersion): OdooTree {
  return extractOdooTree(version, join(tmpdir(), 'sightline-odoo-trees'));
}

function readMarker(root: string): string | null {
  const file = join(root, MARKER);
  return existsSync(file) ? readFileSync(file, 'utf8') : null;
}

import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusDir } from '../corpus-dir.util';
import type { CorpusVersion } from '../corpus-version.type';
import { readCorpusModelFacts } from '../facts/read-corpus-model-facts.util';
import { writeCorpusModels } from '../python/write-corpus-models.util';
import type { CorpusTree } from './corpus-tree.type';
import { releaseSource } from './release-source.util';
import { writeCorpusSecurity } from './write-corpus-security.util';

export interface MaterializeCorpusTreeOptions {
  /** The directory to write `addons/` and `odoo/release.py` into; a new temporary directory by default. */
  readonly root?: string;
}

/**
 * Writes one corpus version as a complete source tree, laid out like an Odoo checkout:
 * `<root>/odoo/release.py` and one addons path `<root>/addons` where every module has its
 * `__manifest__.py`, its security files and the Python sources of its models (with the fields'
 * `groups=` at the files and lines the corpus names).
 * @throws Error when `<root>/addons` exists already (nothing is overwritten).
 */
export function materializeCorpusTree(version: CorpusVersion, options: MaterializeCorpusTreeOptions = {}): CorpusTree {
  const root = options.root ?? mkdtempSync(join(tmpdir(), `sightline-odoo-${version}-`));
  const addonsPath = join(root, 'addons');
  const releaseDir = join(root, 'odoo');
  if (existsSync(addonsPath) || existsSync(releaseDir)) {
    throw new Error(`${root} holds an addons or odoo folder already: remove it or pick another root`);
  }
  const remove = (): void => {
    if (options.root === undefined) rmSync(root, { recursive: true, force: true });
    else for (const dir of [addonsPath, releaseDir]) rmSync(dir, { recursive: true, force: true });
  };
  try {
    const facts = readCorpusModelFacts(version);
    writeCorpusSecurity(corpusDir(version), facts.manifests, addonsPath);
    writeCorpusModels(facts, addonsPath);
    mkdirSync(releaseDir, { recursive: true });
    writeFileSync(join(releaseDir, 'release.py'), releaseSource(version));
  } catch (error) {
    remove();
    throw error;
  }
  return { addonsPath, remove };
}

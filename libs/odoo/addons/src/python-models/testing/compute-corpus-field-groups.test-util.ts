import { join } from 'node:path';
import { materializeCorpusTree, readCorpusModelFacts, type CorpusModelFacts, type CorpusVersion } from '@sightline/odoo-corpus';
import { computeEffectiveFieldGroups } from '../compute-effective-field-groups.util';
import type { EffectiveFieldGroupsResult } from '../effective-field-groups.type';
import type { ModulePythonModels } from '../python-model-class.type';
import { readCorpusTree } from './read-corpus-tree.test-util';

export interface CorpusFieldGroups {
  readonly facts: CorpusModelFacts;
  readonly modules: readonly ModulePythonModels[];
  readonly result: EffectiveFieldGroupsResult;
}

/** Materialises a corpus version under `<root>/<version>`, reads its Python models back and computes their field groups. */
export function computeCorpusFieldGroups(version: CorpusVersion, root: string): CorpusFieldGroups {
  const facts = readCorpusModelFacts(version);
  const modules = readCorpusTree(facts, materializeCorpusTree(version, { root: join(root, version) }).addonsPath);
  return { facts, modules, result: computeEffectiveFieldGroups(modules) };
}

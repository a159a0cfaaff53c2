import { computeEffectiveFieldGroups } from '../compute-effective-field-groups.util';
import type { EffectiveFieldGroupsResult } from '../effective-field-groups.type';
import type { ModulePythonModels } from '../python-model-class.type';
import { readCorpusModelFacts, type CorpusModelFacts, type CorpusVersion } from './corpus-fixture.test-util';
import { materialiseCorpusModels } from './materialise-corpus-models.test-util';
import { readCorpusTree } from './read-corpus-tree.test-util';

export interface CorpusFieldGroups {
  readonly facts: CorpusModelFacts;
  readonly modules: readonly ModulePythonModels[];
  readonly result: EffectiveFieldGroupsResult;
}

/** Writes a corpus version out as Python sources under `root`, reads it back and computes its field groups. */
export function computeCorpusFieldGroups(version: CorpusVersion, root: string): CorpusFieldGroups {
  const facts = readCorpusModelFacts(version);
  const modules = readCorpusTree(facts, materialiseCorpusModels(facts, root));
  return { facts, modules, result: computeEffectiveFieldGroups(modules) };
}

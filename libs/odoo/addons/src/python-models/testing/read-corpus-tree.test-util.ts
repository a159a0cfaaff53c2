import { join } from 'node:path';
import type { ModulePythonModels } from '../python-model-class.type';
import { readModulePythonModels } from '../read-module-python-models.util';
import type { CorpusModelFacts } from './corpus-fixture.test-util';
import { corpusLoadOrder, isInstalledInProduction } from './corpus-load-order.test-util';

/** Reads the model classes of every production module of a materialised version tree, in load order. */
export function readCorpusTree(facts: CorpusModelFacts, versionDir: string): ModulePythonModels[] {
  return corpusLoadOrder(facts.manifests, isInstalledInProduction).map((module) => readModulePythonModels(join(versionDir, module), module));
}

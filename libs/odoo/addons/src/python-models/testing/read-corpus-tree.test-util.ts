import { join } from 'node:path';
import { corpusLoadOrder, type CorpusModelFacts } from '@sightline/odoo-corpus';
import type { ModulePythonModels } from '../python-model-class.type';
import { readModulePythonModels } from '../read-module-python-models.util';

/** Odoo's own test modules (`test_*`) are never installed in production; the expected answer leaves them out. */
function isInstalledInProduction(module: string): boolean {
  return !module.startsWith('test_');
}

/** Reads the model classes of every production module of a materialised addons path, in load order. */
export function readCorpusTree(facts: CorpusModelFacts, addonsPath: string): ModulePythonModels[] {
  return corpusLoadOrder(facts.manifests, isInstalledInProduction).map((module) => readModulePythonModels(join(addonsPath, module), module));
}

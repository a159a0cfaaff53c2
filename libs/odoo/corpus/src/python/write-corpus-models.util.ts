import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusModelFacts } from '../facts/corpus-model-facts.type';
import type { PlannedModule } from './corpus-model-plan.type';
import { planCorpusModels } from './plan-corpus-models.util';
import { renderPlannedModule } from './render-planned-module.util';

/**
 * Writes the Python sources of every module of a corpus version under `addonsPath/<module>/`:
 * its model classes and `__init__.py` files (one importing nothing for a module without models).
 */
export function writeCorpusModels(facts: CorpusModelFacts, addonsPath: string): void {
  const planned = new Map(planCorpusModels(facts).map((module) => [module.name, module]));
  const withoutModels = [...facts.manifests.keys()].filter((name) => !planned.has(name));
  const modules: PlannedModule[] = [...planned.values(), ...withoutModels.map((name) => ({ name, classes: [] }))];
  for (const module of modules) {
    for (const [file, source] of renderPlannedModule(module)) {
      const path = join(addonsPath, module.name, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, source);
    }
  }
}

import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { CorpusModelFacts } from './corpus-fixture.test-util';
import { planCorpusModels } from './plan-corpus-models.test-util';
import { renderPlannedModule } from './render-planned-module.test-util';

/**
 * Writes the Python sources of every module of a corpus version under `<root>/<version>/<module>/`,
 * and returns the version directory.
 */
export function materialiseCorpusModels(facts: CorpusModelFacts, root: string): string {
  const versionDir = join(root, facts.version);
  for (const module of planCorpusModels(facts)) {
    for (const [file, source] of renderPlannedModule(module)) {
      const path = join(versionDir, module.name, file);
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, source);
    }
  }
  return versionDir;
}

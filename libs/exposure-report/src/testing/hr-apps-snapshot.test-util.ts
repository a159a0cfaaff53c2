import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { materializeCorpusTree, type CorpusTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { buildClassification } from '@sightline/privacy-catalog';
import { withClassifications } from '../with-classifications.util';

/** The HR applications of each version (their dependencies and auto-installed modules come along). */
export const HR_APPS: Readonly<Record<CorpusVersion, readonly string[]>> = {
  '17.0': ['hr', 'hr_attendance', 'hr_contract', 'hr_expense', 'hr_holidays', 'hr_recruitment', 'hr_skills', 'hr_timesheet'],
  '18.0': ['hr', 'hr_attendance', 'hr_contract', 'hr_expense', 'hr_holidays', 'hr_recruitment', 'hr_skills', 'hr_timesheet'],
  '19.0': ['hr', 'hr_attendance', 'hr_expense', 'hr_holidays', 'hr_recruitment', 'hr_skills', 'hr_timesheet'],
};

/** A real tree read in lenient mode with the HR apps installed, classified by the version's catalog. */
export function hrAppsSnapshot(tree: CorpusTree, version: CorpusVersion): Snapshot {
  const { snapshot } = readAddonsSnapshot({ addonsPaths: [tree.addonsPath], install: HR_APPS[version], mode: 'lenient', createdAt: '2025-01-01T00:00:00Z' });
  return withClassifications(snapshot, buildClassification(version));
}

/** Materialises `version` once; call `remove()` in `afterAll`. */
export function corpusTreeOf(version: CorpusVersion): CorpusTree {
  return materializeCorpusTree(version);
}

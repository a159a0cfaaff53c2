import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { realOdooTree, type CorpusVersion } from '@sightline/odoo-corpus';
import type { Snapshot } from '@sightline/odoo-model';
import { buildClassification } from '@sightline/privacy-catalog';
import { withClassifications } from '../with-classifications.util';

/** Reading a real tree takes seconds, several times that on a loaded machine: give such hooks this. */
export const REAL_TREE_TIMEOUT_MS = 120_000;

/** The HR applications of each version (their dependencies and auto-installed modules come along). */
export const HR_APPS: Readonly<Record<CorpusVersion, readonly string[]>> = {
  '17.0': ['hr', 'hr_attendance', 'hr_contract', 'hr_expense', 'hr_holidays', 'hr_recruitment', 'hr_skills', 'hr_timesheet'],
  '18.0': ['hr', 'hr_attendance', 'hr_contract', 'hr_expense', 'hr_holidays', 'hr_recruitment', 'hr_skills', 'hr_timesheet'],
  '19.0': ['hr', 'hr_attendance', 'hr_expense', 'hr_holidays', 'hr_recruitment', 'hr_skills', 'hr_timesheet'],
};

/**
 * The published Odoo tree of `version` (unpacked once under the system's temp folder, see
 * `realOdooTree`) read with the HR apps installed, classified by the version's catalog.
 */
export function hrAppsSnapshot(version: CorpusVersion): Snapshot {
  const { snapshot } = readAddonsSnapshot({ addonsPaths: realOdooTree(version).addonsPaths, install: HR_APPS[version], createdAt: '2025-01-01T00:00:00Z' });
  return withClassifications(snapshot, buildClassification(version));
}

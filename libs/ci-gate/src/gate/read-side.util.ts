import { discoverModules, type ReadProblem } from '@sightline/odoo-addons';
import type { ClassificationCatalog } from '@sightline/privacy-catalog';
import { buildHrCatalog } from '../exposure/build-hr-catalog.util';
import { computeHrView } from '../exposure/compute-hr-view.util';
import type { HrView } from '../exposure/hr-view.type';
import { readCheckTree } from '../reading/read-check-tree.util';
import type { CheckOptions } from './check-options.type';

export interface SideReading {
  readonly view: HrView;
  readonly catalog: ClassificationCatalog;
  readonly readWarnings: number;
  /** What did not stop the reading, each naming its file (under `addonsPaths`). */
  readonly warnings: readonly ReadProblem[];
  readonly addonsPaths: readonly string[];
}

/**
 * Reads one side's trees and computes its HR exposure with the version's catalog and the policy's
 * overrides. `--install` names head modules: at base, those the base trees lack are not asked for.
 */
export function readSide(addonsPaths: readonly string[], odooVersion: string | undefined, options: CheckOptions, side: 'head' | 'base' = 'head'): SideReading {
  const install = side === 'base' && options.install ? presentIn(addonsPaths, options.install) : options.install;
  const { read, warnings } = readCheckTree({ addonsPaths, odooVersion, install, strict: options.strict });
  const catalog = buildHrCatalog(read.snapshot.meta.odooVersion, options.policy?.classification, options.policy?.file ?? addonsPaths.join(', '));
  const view = computeHrView(read.snapshot, addonsPaths, read.pythonModules, catalog.hrData());
  return { view, catalog, readWarnings: warnings.length, warnings, addonsPaths };
}

function presentIn(addonsPaths: readonly string[], modules: readonly string[]): string[] {
  const { modules: found, unreadable } = discoverModules(addonsPaths);
  return modules.filter((name) => found.has(name) || unreadable.has(name));
}

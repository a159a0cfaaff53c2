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
}

/** Reads one side's trees and computes its HR exposure with the version's catalog and the policy's overrides. */
export function readSide(addonsPaths: readonly string[], odooVersion: string | undefined, options: CheckOptions): SideReading {
  const { read, warnings } = readCheckTree({ addonsPaths, odooVersion, install: options.install, strict: options.strict });
  const catalog = buildHrCatalog(read.snapshot.meta.odooVersion, options.policy?.classification, options.policy?.file ?? addonsPaths.join(', '));
  const view = computeHrView(read.snapshot, addonsPaths, catalog.hrData());
  return { view, catalog, readWarnings: warnings.length };
}

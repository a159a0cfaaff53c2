import type { Classification } from '@sightline/odoo-model';
import { isHrData } from '../taxonomy/is-hr-data.util';
import type { CoverageReason } from './coverage-report.type';
import type { PersonalFieldSignals } from './personal-field-signals.data';

export interface ModelPersonalData {
  readonly personal: number;
  readonly hr: number;
}

/** Per model, how many classified fields hold personal data and HR data. */
export function summarizeModels(classifications: readonly Classification[]): ReadonlyMap<string, ModelPersonalData> {
  const summary = new Map<string, ModelPersonalData>();
  for (const classification of classifications) {
    const { personal, hr } = summary.get(classification.model) ?? { personal: 0, hr: 0 };
    summary.set(classification.model, { personal: personal + 1, hr: hr + (isHrData(classification) ? 1 : 0) });
  }
  return summary;
}

/** A field on a model that already holds classified personal (or HR) data is more likely personal too. */
export function modelReasons(model: ModelPersonalData | undefined, weights: PersonalFieldSignals['model']): CoverageReason[] {
  if (!model) return [];
  if (model.hr > 0) return [{ kind: 'model', detail: `model holds ${model.hr} classified HR-data fields`, weight: weights.hrWeight }];
  return [{ kind: 'model', detail: `model holds ${model.personal} classified personal fields`, weight: weights.personalWeight }];
}

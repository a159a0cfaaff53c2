import type { SecurityDataStore } from '../records/security-data.store';
import type { DraftOrigin } from '../records/record-drafts.type';
import type { LocationReporter } from './location-reporter.type';

/**
 * The drafts that became complete records. Those whose model could not be resolved were reported
 * already; extensions of records defined outside the tree cannot be completed and are reported as
 * left out; records missing a required field are errors.
 */
export function completeDrafts<D extends DraftOrigin & { readonly model: string | null }>(
  drafts: ReadonlyMap<string, D>,
  store: SecurityDataStore,
  reporter: LocationReporter,
  missingRequired: (draft: D) => string | null,
): (D & { readonly model: string })[] {
  return [...drafts.values()].filter((draft): draft is D & { readonly model: string } => {
    if (store.unresolved.has(draft.xmlid)) return false;
    if (!draft.source) {
      reporter.warn(draft.extensions[0], `${draft.xmlid} is defined outside the tree; the change made here is left out`);
      return false;
    }
    const missing = draft.model === null ? 'model_id' : missingRequired(draft);
    if (missing) reporter.error(draft.source, `${draft.xmlid} has no ${missing}`);
    return !missing;
  });
}

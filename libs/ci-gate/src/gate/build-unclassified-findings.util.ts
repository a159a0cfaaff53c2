import { computeUnclassifiedFields } from '../diff/compute-unclassified-fields.util';
import { fieldAt } from '../exposure/field-at.util';
import type { FindingDraft } from '../model/check-finding.type';
import type { BuildContext } from './build-context.type';

/** SL004: new fields on HR models that look personal but are not classified (warnings unless required). */
export function buildUnclassifiedFindings(ctx: BuildContext): FindingDraft[] {
  const field = fieldAt(ctx.head);
  return computeUnclassifiedFields(ctx.base, ctx.head, ctx.headCatalog).map((coverage) => {
    const setBy = field(`${coverage.model}/${coverage.field}`)?.setBy;
    return {
      rule: 'SL004',
      severity: ctx.requireClassification ? 'error' : 'warning',
      group: null,
      fields: [{ model: coverage.model, field: coverage.field, access: null, scope: null, before: null, via: [], categories: coverage.suggestedCategories, subjects: [] }],
      chain: [],
      cause: { kind: 'new-field', detail: `score ${coverage.score}: ${coverage.reasons.map((r) => r.detail).join('; ')}` },
      location: ctx.locate(setBy?.file && setBy.line ? { file: setBy.file, line: setBy.line } : null),
    };
  });
}

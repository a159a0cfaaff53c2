import { computeWeakenedFieldGroups } from '../diff/compute-weakened-field-groups.util';
import { fieldKey } from '../exposure/field-key.util';
import type { FindingDraft } from '../model/check-finding.type';
import type { BuildContext } from './build-context.type';

/** SL002: one finding per classified HR field whose `groups=` was removed or weakened. */
export function buildFieldGroupsFindings(ctx: BuildContext): FindingDraft[] {
  const classified = new Map(ctx.head.hrClassifications.map((c) => [fieldKey(c), c]));
  return computeWeakenedFieldGroups(ctx.base, ctx.head).map(({ field, before, kind }) => {
    const c = classified.get(fieldKey({ model: field.model, field: field.name }));
    const was = before.map(groupText).join(',');
    const now = field.groups.map(groupText).join(',');
    return {
      rule: 'SL002',
      severity: 'error',
      group: null,
      fields: [{ model: field.model, field: field.name, access: null, scope: null, before: null, via: [], categories: c?.categories ?? [], subjects: c?.subjects ?? [] }],
      chain: [],
      cause: { kind: 'field-groups', detail: kind === 'removed' ? `groups="${was}" was removed` : `groups="${was}" became groups="${now}"` },
      location: ctx.locate(field.setBy?.file && field.setBy.line ? { file: field.setBy.file, line: field.setBy.line } : null),
    };
  });
}

function groupText(ref: { readonly xmlid: string; readonly negated: boolean }): string {
  return `${ref.negated ? '!' : ''}${ref.xmlid}`;
}

import { computeWeakenedFieldGroups } from '../diff/compute-weakened-field-groups.util';
import type { FieldInfo, SourceLocation } from '@sightline/odoo-model';
import { fieldKey } from '../exposure/field-key.util';
import { relatedGroupsDecidedAt } from '../reading/read-field-definitions.util';
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
      location: ctx.locate(decidingLocation(ctx, field)),
    };
  });
}

/**
 * The definition that decides the field's groups at head: its own `groups=` (an override's, even
 * `groups=False`), or for a related or `_inherits` field the `groups=` of the field it copies them
 * from — not the stock related definition, nor a later override that only adds a selection.
 */
function decidingLocation(ctx: BuildContext, field: FieldInfo): SourceLocation | null {
  const copied = field.groupsSource === 'related' || field.groupsSource === 'inherited';
  const site = copied && field.related ? relatedGroupsDecidedAt(ctx.head.definitions, field.model, field.related) : undefined;
  if (site) return { file: `${site.module}/${site.file}`, line: site.line };
  return field.setBy?.file && field.setBy.line ? { file: field.setBy.file, line: field.setBy.line } : null;
}

function groupText(ref: { readonly xmlid: string; readonly negated: boolean }): string {
  return `${ref.negated ? '!' : ''}${ref.xmlid}`;
}

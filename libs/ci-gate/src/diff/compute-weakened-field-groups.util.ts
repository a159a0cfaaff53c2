import { computeImpliedClosure, type FieldGroupRef, type FieldInfo } from '@sightline/odoo-model';
import { fieldAt } from '../exposure/field-at.util';
import type { HrAccessState } from '../exposure/hr-access-state.type';
import type { HrView } from '../exposure/hr-view.type';

export interface WeakenedFieldGroups {
  readonly field: FieldInfo;
  readonly before: readonly FieldGroupRef[];
  readonly kind: 'removed' | 'weakened';
}

/**
 * Classified HR fields protected by `groups=` at base whose protection at head is gone or admits
 * more: a positive group at head that neither is nor implies a base positive group, or a dropped
 * `!group` exclusion.
 */
export function computeWeakenedFieldGroups(base: HrAccessState, head: HrView): WeakenedFieldGroups[] {
  const closures = computeImpliedClosure(head.snapshot.groups);
  const headField = fieldAt(head);
  return [...base.fieldGroups].flatMap(([key, before]) => {
    const field = headField(key);
    if (!field || !head.state.hrFields.has(key)) return [];
    const kind = weakening(before, field.groups, closures);
    return kind ? [{ field, before, kind }] : [];
  });
}

function weakening(
  before: readonly FieldGroupRef[],
  after: readonly FieldGroupRef[],
  closures: ReadonlyMap<string, ReadonlySet<string>>,
): WeakenedFieldGroups['kind'] | null {
  const positives = (refs: readonly FieldGroupRef[]) => refs.filter((r) => !r.negated).map((r) => r.xmlid);
  const [was, now] = [positives(before), positives(after)];
  if (was.length > 0 && now.length === 0) return 'removed';
  const admittedBefore = (xmlid: string) => was.length === 0 || was.includes(xmlid) || [...(closures.get(xmlid) ?? [])].some((g) => was.includes(g));
  const negatedNow = new Set(after.filter((r) => r.negated).map((r) => r.xmlid));
  const droppedExclusion = before.some((r) => r.negated && !negatedNow.has(r.xmlid));
  return now.some((xmlid) => !admittedBefore(xmlid)) || droppedExclusion ? 'weakened' : null;
}

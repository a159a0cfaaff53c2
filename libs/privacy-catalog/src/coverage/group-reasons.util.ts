import type { FieldGroupRef } from '@sightline/odoo-model';
import type { CoverageReason } from './coverage-report.type';
import type { GroupSignal } from './personal-field-signals.data';

/** Reasons from the groups that protect the field (negated entries say nothing). */
export function groupReasons(groups: readonly FieldGroupRef[], signals: readonly GroupSignal[]): CoverageReason[] {
  const positive = groups.filter((group) => !group.negated).map((group) => group.xmlid);
  return signals.flatMap((signal) => {
    const matched = positive.filter((xmlid) => matchesGroup(xmlid, signal));
    if (matched.length === 0) return [];
    return [{ kind: 'groups' as const, detail: `${signal.label} (${matched.join(', ')})`, weight: signal.weight }];
  });
}

function matchesGroup(xmlid: string, signal: GroupSignal): boolean {
  if (signal.xmlids?.includes(xmlid)) return true;
  const module = xmlid.split('.')[0] ?? '';
  return (signal.modules ?? []).some((pattern) =>
    pattern.endsWith('*') ? module.startsWith(pattern.slice(0, -1)) : module === pattern,
  );
}

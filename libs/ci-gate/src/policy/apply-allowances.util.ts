import type { FindingDraft, FindingField, PolicyAllowanceRef } from '../model/check-finding.type';
import type { PolicyAllowance } from './check-policy.type';

export interface AllowanceOutcome {
  /** Findings still failing (or warning), with what the policy did not cover. */
  readonly findings: readonly FindingDraft[];
  readonly allowed: readonly (FindingDraft & { readonly allowance: PolicyAllowanceRef })[];
}

/**
 * Splits each finding's fields into those a live allowance covers and the rest. A finding whose
 * fields are all covered becomes allowed; fields covered only by an expired allowance fail again,
 * the finding naming that allowance. `today` is `YYYY-MM-DD`; an allowance holds through its date.
 */
export function applyAllowances(findings: readonly FindingDraft[], allow: readonly PolicyAllowance[], today: string): AllowanceOutcome {
  const live = allow.filter((a) => a.expires >= today);
  const expired = allow.filter((a) => a.expires < today);
  const kept: FindingDraft[] = [];
  const allowed: (FindingDraft & { allowance: PolicyAllowanceRef })[] = [];
  for (const finding of findings) {
    const match = (a: PolicyAllowance) => (field: FindingField) => matches(a, finding, field);
    const covering = live.find((a) => finding.fields.some(match(a)));
    const rest = covering ? finding.fields.filter((f) => !live.some((a) => matches(a, finding, f))) : finding.fields;
    if (covering) allowed.push({ ...withFields(finding, finding.fields.filter((f) => !rest.includes(f))), allowance: ref(covering) });
    if (rest.length === 0) continue;
    const lapsed = expired.find((a) => rest.some(match(a)));
    kept.push({ ...withFields(finding, rest), ...(lapsed && { expiredAllowance: ref(lapsed) }) });
  }
  return { findings: kept, allowed };
}

/** The finding narrowed to some of its fields; SL005 readers keep only what they read among them. */
function withFields(finding: FindingDraft, fields: readonly FindingField[]): FindingDraft {
  if (fields.length === finding.fields.length || !finding.readers) return { ...finding, fields };
  const names = new Set(fields.map((f) => f.field));
  const readers = finding.readers
    .map((reader) => ({ ...reader, fields: reader.fields.filter((name) => names.has(name)) }))
    .filter((reader) => reader.fields.length > 0);
  return { ...finding, fields, readers };
}

function matches(allowance: PolicyAllowance, finding: FindingDraft, field: FindingField): boolean {
  if (allowance.group !== undefined && allowance.group !== finding.group?.xmlid) return false;
  if (allowance.rule !== undefined && allowance.rule !== finding.rule) return false;
  if (allowance.model !== field.model) return false;
  return allowance.fields === undefined || allowance.fields.some((pattern) => glob(pattern).test(field.field));
}

function glob(pattern: string): RegExp {
  return new RegExp(`^${pattern.split('*').map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('.*')}$`);
}

function ref(allowance: PolicyAllowance): PolicyAllowanceRef {
  return { reason: allowance.reason, expires: allowance.expires, location: allowance.location };
}

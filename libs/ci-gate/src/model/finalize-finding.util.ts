import { createHash } from 'node:crypto';
import type { CheckFinding, FindingDraft, FindingField, FindingReader } from './check-finding.type';

/** Adds the message and the fingerprint, both derived from the finding's content. */
export function finalizeFinding<T extends FindingDraft>(draft: T): T & CheckFinding {
  return { ...draft, message: messageOf(draft), fingerprint: fingerprintOf(draft) };
}

function fingerprintOf(draft: FindingDraft): string {
  const fields = draft.fields.map((f) => `${f.model}/${f.field}`).sort();
  const content = [draft.rule, draft.group?.xmlid ?? '', draft.cause.kind, ...fields].join('\n');
  return createHash('sha256').update(content).digest('hex').slice(0, 16);
}

function messageOf(draft: FindingDraft): string {
  const fields = summarizeFields(draft.fields);
  const chain = draft.chain.length > 1 ? ` through ${draft.chain.join(' → ')}` : '';
  switch (draft.rule) {
    case 'SL001':
      return `${groupLabel(draft)} can now ${accessVerb(draft.fields)} ${fields}${chain} (${draft.cause.detail}).`;
    case 'SL002':
      return `${fields}: ${draft.cause.detail}.`;
    case 'SL003':
      return `${draft.cause.detail}: every user (portal and public included) passes the model check for ${fields}.`;
    case 'SL004':
      return `${fields} ${draft.fields.length === 1 ? 'looks' : 'look'} personal but ${draft.fields.length === 1 ? 'is' : 'are'} not classified (${draft.cause.detail}).`;
    case 'SL005':
      return `${fields} ${draft.fields.length === 1 ? 'is' : 'are'} HR data new at head (${draft.cause.detail}), read only by groups that already read that kind of data at base: ${readersText(draft.readers ?? [])}.`;
  }
}

/** `Interviewer (hr_recruitment.group_hr_recruitment_interviewer: same kind as hr.applicant.partner_name), …` */
function readersText(readers: readonly FindingReader[]): string {
  if (readers.length === 0) return 'none';
  return readers
    .map((reader) => {
      const first = reader.precedents[0];
      const basis = !first ? '' : first.basis === 'same-field' ? ': read it at base' : `: same kind as ${first.model}.${first.field}`;
      return `${reader.group.name ?? reader.group.xmlid} (${reader.group.xmlid}${basis})`;
    })
    .join(', ');
}

function groupLabel(draft: FindingDraft): string {
  const group = draft.group!;
  return `${group.name ?? group.xmlid} (${group.xmlid}, module ${group.module})`;
}

function accessVerb(fields: readonly FindingField[]): string {
  return fields.some((f) => f.access === 'write') ? 'read and write' : 'read';
}

/** `12 classified HR fields on hr.employee (own-company), hr.contract (all)` or the field itself. */
export function summarizeFields(fields: readonly FindingField[]): string {
  if (fields.length === 1) {
    const f = fields[0]!;
    return `${f.model}.${f.field}${f.scope ? ` (${scopeText(f)})` : ''}`;
  }
  const byModel = new Map<string, Set<string>>();
  for (const f of fields) byModel.set(f.model, (byModel.get(f.model) ?? new Set()).add(f.scope ? scopeText(f) : ''));
  const models = [...byModel].map(([model, scopes]) => `${model}${[...scopes].filter(Boolean).length ? ` (${[...scopes].filter(Boolean).join(', ')})` : ''}`);
  return `${fields.length} classified HR fields on ${models.join(', ')}`;
}

/**
 * `own-company, further restricted by acme.rule_team` (with `locations`: `… (acme/security/rules.xml:12)`)
 * when record rules keep fewer records than the scope says.
 */
export function scopeText(field: FindingField, locations = false): string {
  const rules = field.restrictedBy ?? [];
  const rule = (r: NonNullable<FindingField['restrictedBy']>[number]) => (locations && r.location ? `${r.xmlid} (${r.location.file}:${r.location.line})` : r.xmlid);
  return rules.length ? `${field.scope}, further restricted by ${rules.map(rule).join(', ')}` : field.scope ?? '';
}

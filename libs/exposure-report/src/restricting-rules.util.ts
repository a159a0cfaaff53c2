import type { AccessEngine } from '@sightline/access-engine';
import type { SourceLocation } from '@sightline/odoo-model';
import type { RestrictingRule } from './restricting-rule.type';

const cache = new WeakMap<AccessEngine, ReadonlyMap<string, RestrictingRule>>();

/**
 * `restrictedBy` of a reported field: the rules (XML id, name, file:line) that restrict the records
 * further than its scope, from the snapshot's rules (and post-19 access rows). Absent when none does.
 */
export function restrictedByOf(engine: AccessEngine, xmlids: readonly string[]): { restrictedBy?: readonly RestrictingRule[] } {
  if (xmlids.length === 0) return {};
  const rules = rulesOf(engine);
  return { restrictedBy: xmlids.map((xmlid) => rules.get(xmlid) ?? { xmlid, name: null, location: null }) };
}

function rulesOf(engine: AccessEngine): ReadonlyMap<string, RestrictingRule> {
  let rules = cache.get(engine);
  if (!rules) {
    const { snapshot } = engine;
    const rows = [...snapshot.rules, ...snapshot.accessRows];
    rules = new Map(rows.map((r) => [r.xmlid, { xmlid: r.xmlid, name: r.name || null, location: lastLocation(r) }]));
    cache.set(engine, rules);
  }
  return rules;
}

/** The record that last set the rule: an extending record (which may change its domain), else the creating one. */
function lastLocation(row: { readonly source?: SourceLocation; readonly extensions?: readonly SourceLocation[] }): SourceLocation | null {
  return row.extensions?.at(-1) ?? row.source ?? null;
}

/** `own-company, further restricted by acme.rule_team (Team: own team, acme/security/rules.xml:12)`. */
export function describeRestriction(rules: readonly RestrictingRule[]): string {
  return `further restricted by ${rules.map(describeRule).join('; ')}`;
}

function describeRule(rule: RestrictingRule): string {
  const where = rule.location ? `${rule.location.file}:${rule.location.line}` : null;
  const details = [rule.name, where].filter(Boolean).join(', ');
  return details ? `${rule.xmlid} (${details})` : rule.xmlid;
}

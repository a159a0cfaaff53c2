import type { AccessRow, Acl, InheritsLink, Operation, Rule } from '@sightline/odoo-model';
import { OPERATIONS, permsOfOperation } from '@sightline/odoo-model';
import { GroupSet } from '../bitset/group-set';
import type { GroupIndex } from '../groups/group-index';
import type { OdooSemantics } from '../semantics/odoo-semantics';
import type { CompiledGrant } from './compiled-grant.type';
import type { CompiledRule } from './compiled-rule.type';
import { parseRuleDomain } from './parse-rule-domain.util';

/** Who may perform an operation on a model: the OR-mask of granting groups, plus group-less rows. */
export interface OperationGrants {
  readonly mask: GroupSet;
  readonly everyone: boolean;
  readonly rows: readonly CompiledGrant[];
}

/** The rows that scope an operation to records: AND-ed ones (`globals`) and OR-ed ones (`groupRules`). */
export interface OperationRules {
  readonly globals: readonly CompiledRule[];
  readonly groupRules: readonly CompiledRule[];
}

/** Everything that decides access to one model, compiled once per snapshot. */
export interface ModelTable {
  readonly model: string;
  readonly inherits: readonly InheritsLink[];
  readonly grants: Readonly<Record<Operation, OperationGrants>>;
  readonly rules: Readonly<Record<Operation, OperationRules>>;
}

/** The active rows of one model, as found in the snapshot. */
export interface ModelRows {
  readonly acls: readonly Acl[];
  readonly rules: readonly Rule[];
  readonly accessRows: readonly AccessRow[];
}

export function compileModelTable(
  model: string,
  inherits: readonly InheritsLink[],
  rows: ModelRows,
  index: GroupIndex,
  semantics: OdooSemantics,
): ModelTable {
  if (semantics.accessModel === 'ir-access') return compileAccessRows(model, inherits, rows.accessRows, index);
  const grants = perOperation((op) => operationGrants(rows.acls.filter((acl) => acl.perms[op]).map((acl) => aclGrant(acl, index))));
  const compiled = rows.rules.map((rule) => compileRule(rule, index));
  const rules = perOperation((op) => splitRules(compiled.filter((_, i) => rows.rules[i]!.perms[op])));
  return { model, inherits, grants, rules };
}

function compileAccessRows(model: string, inherits: readonly InheritsLink[], rows: readonly AccessRow[], index: GroupIndex): ModelTable {
  const compiled = rows.map((row) => ({ row, rule: compileAccessRow(row, index), perms: permsOfOperation(row.operation) }));
  const grants = perOperation((op) =>
    operationGrants(compiled.filter((c) => c.perms[op] && c.row.groupXmlid).map((c) => accessRowGrant(c.row, index))),
  );
  const rules = perOperation((op) => splitRules(compiled.filter((c) => c.perms[op]).map((c) => c.rule)));
  return { model, inherits, grants, rules };
}

function perOperation<T>(build: (op: Operation) => T): Record<Operation, T> {
  return Object.fromEntries(OPERATIONS.map((op) => [op, build(op)])) as Record<Operation, T>;
}

function operationGrants(rows: CompiledGrant[]): OperationGrants {
  const mask = GroupSet.of(rows.filter((r) => r.bit >= 0).map((r) => r.bit));
  return { mask, everyone: rows.some((r) => r.bit < 0), rows };
}

function splitRules(rules: CompiledRule[]): OperationRules {
  const isOred = (rule: CompiledRule) => rule.kind === 'group' || rule.kind === 'permission';
  return { globals: rules.filter((r) => !isOred(r)), groupRules: rules.filter(isOred) };
}

function aclGrant(acl: Acl, index: GroupIndex): CompiledGrant {
  const bit = acl.groupXmlid ? index.bitOf(acl.groupXmlid)! : -1;
  return { kind: 'acl', xmlid: acl.xmlid, name: acl.name, model: acl.model, groupXmlid: acl.groupXmlid, bit };
}

function accessRowGrant(row: AccessRow, index: GroupIndex): CompiledGrant {
  return { kind: 'access-row', xmlid: row.xmlid, name: row.name, model: row.model, groupXmlid: row.groupXmlid, bit: index.bitOf(row.groupXmlid!)! };
}

function compileRule(rule: Rule, index: GroupIndex): CompiledRule {
  return {
    kind: rule.groupXmlids.length === 0 ? 'global' : 'group',
    xmlid: rule.xmlid,
    name: rule.name,
    model: rule.model,
    groupXmlids: rule.groupXmlids,
    mask: GroupSet.of(rule.groupXmlids.map((x) => index.bitOf(x)!)),
    domain: parseRuleDomain(rule.domain, rule.source),
    domainText: rule.domain?.trim() || '[]',
  };
}

function compileAccessRow(row: AccessRow, index: GroupIndex): CompiledRule {
  const groupXmlids = row.groupXmlid ? [row.groupXmlid] : [];
  return {
    kind: row.groupXmlid ? 'permission' : 'restriction',
    xmlid: row.xmlid,
    name: row.name,
    model: row.model,
    groupXmlids,
    mask: GroupSet.of(groupXmlids.map((x) => index.bitOf(x)!)),
    domain: parseRuleDomain(row.domain, row.source),
    domainText: row.domain?.trim() || '[]',
  };
}

import { computeImpliedClosure, USER_TYPE_GROUPS, type Acl, type FieldInfo, type Group, type Rule, type Snapshot } from '@sightline/odoo-model';
import type { NewGroupAccess } from '../diff/new-access.type';
import { fieldKey } from '../exposure/field-key.util';
import type { Attribution, AttributionContext } from './attribution.type';
import { locateImplication, locationsOf } from './locate-implication.util';

/**
 * Maps a group's new HR access to the change that introduced it, by comparing base and head: the
 * group is new, an implication in a chain is new, an ACL row on a field's model is new or wider, a
 * rule on it is new or changed, or a field's `groups=` changed. Without a base snapshot (baseline
 * file) the chain's first implication record, else the group's record, is named.
 */
export function attributeNewAccess(item: NewGroupAccess, ctx: AttributionContext): Attribution {
  const groups = groupIndex(ctx.head);
  const group = groups.get(item.group.xmlid);
  if (!ctx.base) return baselineAttribution(item, group, groups, ctx);
  const baseGroups = groupIndex(ctx.base);
  if (!baseGroups.has(item.group.xmlid)) {
    return { cause: { kind: 'new-group', detail: `group ${item.group.xmlid} is new` }, source: locationsOf(group).at(-1) ?? null };
  }
  return (
    newImplication(item, groups, baseGroups, ctx) ??
    newAcl(item, ctx.head, ctx.base) ??
    changedRule(item, ctx.head, ctx.base) ??
    changedField(item, ctx) ?? {
      cause: { kind: 'unattributed', detail: 'no single security record explains the change; compare the chain at base and head' },
      source: locationsOf(group).at(-1) ?? null,
    }
  );
}

function newImplication(item: NewGroupAccess, groups: Map<string, Group>, baseGroups: Map<string, Group>, ctx: AttributionContext): Attribution | null {
  for (const chain of chains(item)) {
    for (let i = 0; i + 1 < chain.length; i++) {
      const [from, to] = [chain[i]!, chain[i + 1]!];
      if (baseGroups.get(from)?.impliedXmlids.includes(to)) continue;
      return {
        cause: { kind: 'new-implication', detail: `${from} now implies ${to}` },
        source: locateImplication(groups.get(from), groups.get(to), to, ctx.records),
      };
    }
  }
  return null;
}

/**
 * A new or widened ACL row on a field's model that the group's member passes: one of a group the
 * member holds (the group's closure, plus what every internal user holds), on a chain or not, or a
 * group-less row. Rows of a group on a chain first.
 */
function newAcl(item: NewGroupAccess, head: Snapshot, base: Snapshot): Attribution | null {
  const models = new Set(item.fields.map((f) => f.access.model));
  const held = heldGroups(item.group.xmlid, head);
  const onChain = new Set(chains(item).flat());
  const baseAcls = new Map(base.acls.map((a) => [a.xmlid, a]));
  const candidates = head.acls.filter(
    (a) => a.active && models.has(a.model) && (a.groupXmlid === null || held.has(a.groupXmlid)) && isNewAcl(a, baseAcls.get(a.xmlid)),
  );
  const acl = candidates.find((a) => a.groupXmlid !== null && onChain.has(a.groupXmlid)) ?? candidates[0];
  if (!acl) return null;
  const who = acl.groupXmlid === null ? 'every user (no group)' : acl.groupXmlid;
  return { cause: { kind: 'new-acl', detail: `ACL row ${acl.xmlid} grants ${who} ${permsText(acl)} access to ${acl.model}` }, source: acl.source ?? null };
}

function isNewAcl(acl: Acl, before: Acl | undefined): boolean {
  if (!before || !before.active || before.groupXmlid !== acl.groupXmlid) return acl.perms.read || acl.perms.write;
  return (acl.perms.read && !before.perms.read) || (acl.perms.write && !before.perms.write);
}

function permsText(acl: Acl): string {
  return acl.perms.write ? (acl.perms.read ? 'read and write' : 'write') : 'read';
}

/**
 * A new or changed record rule on a field's model that can widen what the member reaches: a group
 * rule of a group the member holds (a new one only when the member already had a group rule there:
 * the first one narrows, as Odoo then ORs only group rules), or a changed or deactivated global rule.
 * A new global rule only restricts and is never the cause.
 */
function changedRule(item: NewGroupAccess, head: Snapshot, base: Snapshot): Attribution | null {
  const models = new Set(item.fields.map((f) => f.access.model));
  const held = heldGroups(item.group.xmlid, head);
  const applies = (r: Rule) => r.groupXmlids.length === 0 || r.groupXmlids.some((g) => held.has(g));
  const baseRules = new Map(base.rules.map((r) => [r.xmlid, r]));
  const hadGroupRule = (model: string) => base.rules.some((r) => r.active && r.model === model && r.groupXmlids.length > 0 && applies(r));
  const rule = head.rules.find((r) => {
    if (!models.has(r.model) || !isChangedRule(r, baseRules.get(r.xmlid))) return false;
    const before = baseRules.get(r.xmlid);
    if (!before) return r.groupXmlids.length > 0 && applies(r) && hadGroupRule(r.model);
    return applies(r) || applies(before);
  });
  if (!rule) return null;
  return { cause: { kind: 'changed-rule', detail: `record rule ${rule.xmlid} on ${rule.model} is new or changed` }, source: rule.source ?? null };
}

function isChangedRule(rule: Rule, before: Rule | undefined): boolean {
  if (!before) return rule.active;
  return normalize(rule.domain) !== normalize(before.domain) || rule.active !== before.active || rule.groupXmlids.join() !== before.groupXmlids.join();
}

/** The groups a member holding exactly `xmlid` has: its closure, plus `base.group_user`'s unless external. */
function heldGroups(xmlid: string, head: Snapshot): Set<string> {
  const closures = closuresOf(head);
  const own = new Set([xmlid, ...(closures.get(xmlid) ?? [])]);
  const external = own.has(USER_TYPE_GROUPS.portal) || own.has(USER_TYPE_GROUPS.public);
  if (!external) for (const g of [USER_TYPE_GROUPS.internal, ...(closures.get(USER_TYPE_GROUPS.internal) ?? [])]) own.add(g);
  return own;
}

const closureCache = new WeakMap<Snapshot, ReadonlyMap<string, ReadonlySet<string>>>();

function closuresOf(snapshot: Snapshot): ReadonlyMap<string, ReadonlySet<string>> {
  let closures = closureCache.get(snapshot);
  if (!closures) {
    closures = computeImpliedClosure(snapshot.groups);
    closureCache.set(snapshot, closures);
  }
  return closures;
}

function changedField(item: NewGroupAccess, ctx: AttributionContext): Attribution | null {
  const baseFields = new Map(ctx.base!.fields.map((f) => [fieldKey({ model: f.model, field: f.name }), f]));
  for (const { access } of item.fields) {
    const key = fieldKey(access);
    const field = ctx.headField(key);
    const before = baseFields.get(key) ?? (ctx.baseFields.has(key) ? { groups: [] } : undefined);
    if (!field) continue;
    if (!before) return { cause: { kind: 'new-field', detail: `field ${access.model}.${access.field} is new` }, source: setByOf(field) };
    if (groupsText(field) !== groupsText(before)) {
      return { cause: { kind: 'field-groups', detail: `groups= of ${access.model}.${access.field} changed` }, source: setByOf(field) };
    }
  }
  return null;
}

function baselineAttribution(item: NewGroupAccess, group: Group | undefined, groups: Map<string, Group>, ctx: AttributionContext): Attribution {
  const chain = chains(item)[0] ?? [];
  const source = chain.length > 1 ? locateImplication(groups.get(chain[0]!), groups.get(chain[1]!), chain[1]!, ctx.records) : locationsOf(group).at(-1) ?? null;
  return { cause: { kind: 'unattributed', detail: `not accepted in the baseline (${chain.join(' → ') || item.group.xmlid})` }, source };
}

function chains(item: NewGroupAccess): string[][] {
  return item.fields.map((f) => [...f.access.via]).filter((chain) => chain.length > 0);
}

function groupIndex(snapshot: Snapshot): Map<string, Group> {
  return new Map(snapshot.groups.map((g) => [g.xmlid, g]));
}

function setByOf(field: FieldInfo) {
  return field.setBy?.file && field.setBy.line ? { file: field.setBy.file, line: field.setBy.line } : null;
}

function groupsText(field: Pick<FieldInfo, 'groups'>): string {
  return field.groups.map((g) => `${g.negated ? '!' : ''}${g.xmlid}`).sort().join(',');
}

function normalize(domain: string | null): string {
  return (domain ?? '').replace(/\s+/g, '');
}

import {
  canonicalizeSnapshot,
  computeImpliedClosure,
  diffSnapshots,
  fieldKey,
  type FieldInfo,
  type Snapshot,
  type SnapshotDiff,
} from '@sightline/odoo-model';

/**
 * Asserts that `synced`, read over the API from a test server built from `source` (an addon-tree
 * reading plus a generated organisation), is `source` except for what a database cannot give back
 * or holds beyond a reading. Exactly these differences are allowed:
 *
 * 1. Ids: an addon-tree reading has no database ids (null) for the records its data files create
 *    (`base.user_admin`, …); the database numbers them. Those users are compared without their id;
 *    generated users carry ids on both sides.
 * 2. 17/18 memberships: Odoo stores `res.users.groups_id` with every implied group folded in, so
 *    which groups were given explicitly is lost. The sync keeps the held groups that no other held
 *    group implies. Hence each user loses exactly the explicit groups another of its explicit
 *    groups implies (e.g. `base.group_user` next to `hr.group_hr_manager`), nothing is added, and
 *    every user keeps the same closure, which `storedGroupXmlids` holds as read. The default groups
 *    of new users are `base.default_user`'s groups on 17/18, so they lose the same way. 19 stores
 *    explicit `group_ids`: no such difference.
 * 3. Companies: the users of a reading belong to `base.main_company`, which the reading does not
 *    list (its record is not security data); the database has it, nameless in the test server.
 * 4. Fields: a reading lists only fields with groups and records no comodels (`relation`); the
 *    database also has every `_inherits` link many2one, with its comodel, and says null for the
 *    comodels it was not told. Types are spelled as in `ir.model.fields` (see {@link fieldsOf}).
 * Provenance (source locations) is not part of a database and is never compared.
 */
export function expectSyncReproduces(source: Snapshot, synced: Snapshot): void {
  const explicitGroups = Number.parseInt(source.meta.odooVersion, 10) >= 19;
  const closure = computeImpliedClosure(source.groups);
  const closureOf = (groups: readonly string[]) => [...new Set(groups.flatMap((g) => [g, ...(closure.get(g) ?? [])]))].sort();
  const impliedByAnother = (groups: readonly string[]) => groups.filter((g) => groups.some((other) => other !== g && closure.get(other)?.has(g)));

  const unnumbered = source.users.filter((user) => user.id === null);
  expect(unnumbered.map((user) => user.key)).toEqual(source.users.filter((user) => user.xmlid !== null).map((user) => user.key));
  const diff = diffSnapshots(source, withoutIdsOf(synced, new Set(unnumbered.map((user) => user.key))));

  if (explicitGroups) expect(changedLists(diff)).toEqual([]);
  else {
    expect(changedLists(diff)).toEqual(['memberships', 'defaultUserGroups']);
    const lostMemberships = source.users.flatMap((user) => impliedByAnother(user.groupXmlids).map((g) => `removed ${user.key} in ${g}`));
    expect(diff.memberships.map((c) => `${c.change} ${c.key}`).sort()).toEqual(lostMemberships.sort());
    expect(diff.defaultUserGroups.map((c) => `${c.change} ${c.key}`).sort()).toEqual(impliedByAnother(source.defaultUserGroupXmlids).map((g) => `removed ${g}`).sort());
    const sourceUsers = new Map(source.users.map((user) => [user.key, user]));
    for (const user of synced.users) expect([user.key, [...user.storedGroupXmlids!].sort()]).toEqual([user.key, closureOf(sourceUsers.get(user.key)!.groupXmlids)]);
    expect(closureOf(synced.defaultUserGroupXmlids)).toEqual(closureOf(source.defaultUserGroupXmlids));
  }

  const [before, after] = [canonicalizeSnapshot(source), canonicalizeSnapshot(synced)];
  for (const collection of ['groups', 'acls', 'rules', 'models', 'employees', 'departments'] as const) {
    expect([collection, after[collection].map(withoutProvenance)]).toEqual([collection, before[collection].map(withoutProvenance)]);
  }
  expect(after.meta.modules).toEqual(before.meta.modules);
  if (explicitGroups) expect(after.defaultUserGroupXmlids).toEqual(before.defaultUserGroupXmlids);

  const listed = new Set(source.companies.map((company) => company.key));
  const referenced = [...new Set(source.users.flatMap((user) => [...user.companyKeys, user.companyKey]))].filter((key): key is string => key !== null && !listed.has(key));
  expect(after.companies.filter((company) => listed.has(company.key))).toEqual(before.companies);
  expect(after.companies.filter((company) => !listed.has(company.key))).toEqual(
    referenced.sort().map((key) => ({ key, xmlid: key, id: expect.any(Number), name: null, parentKey: null })),
  );

  const links = source.models.flatMap((model) =>
    model.inherits.map((link): FieldInfo => ({ model: model.name, name: link.field, type: 'many2one', relation: link.parentModel, related: null, groups: [], groupsSource: 'none' })),
  );
  const linkByKey = new Map(links.map((link) => [fieldKey(link), link]));
  const listedFields = new Set(source.fields.map(fieldKey));
  const expectedFields = [
    ...source.fields.map((field) => ({ ...field, relation: field.relation ?? linkByKey.get(fieldKey(field))?.relation ?? null })),
    ...links.filter((link) => !listedFields.has(fieldKey(link))),
  ];
  expect(fieldsOf(synced)).toEqual(fieldsOf({ ...source, fields: expectedFields }));
}

function changedLists(diff: SnapshotDiff): string[] {
  return Object.entries(diff).flatMap(([list, changes]) => (changes.length > 0 ? [list] : []));
}

function withoutIdsOf(snapshot: Snapshot, keys: ReadonlySet<string>): Snapshot {
  return { ...snapshot, users: snapshot.users.map((user) => (keys.has(user.key) ? { ...user, id: null } : user)) };
}

function withoutProvenance<T extends object>(item: T): Omit<T, 'source' | 'extensions'> {
  const { source: _source, extensions: _extensions, ...rest } = item as T & { source?: unknown; extensions?: unknown };
  return rest;
}

/** `ir.model.fields` spells types in lower case (`many2one`, `many2one_reference`), source code as classes (`Many2one`, `Many2oneReference`). */
function fieldsOf(snapshot: Snapshot): FieldInfo[] {
  return canonicalizeSnapshot(snapshot).fields.map((field) => ({ ...field, type: field.type.replace(/_/g, '').toLowerCase() }));
}

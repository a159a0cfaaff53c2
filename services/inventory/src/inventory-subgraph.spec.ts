import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { queryRows } from '@sightline/platform-db/testing';
import { postGraphQL, subgraphClient } from '@sightline/platform-http/testing';
import type { ActingAs } from '@sightline/platform-http/testing';
import { createLogger } from '@sightline/platform-http';
import { randomBytes } from 'node:crypto';
import { SecretBox } from '@sightline/platform-secrets';
import { defaultSnapshotProducers } from './jobs/default-snapshot-producers';
import { serveInventorySubgraph } from './serve-inventory-subgraph';
import type { StandaloneSubgraph } from './serve-inventory-subgraph';
import { sampleSnapshot } from '../test/sample-snapshot.test-util';

describe('inventory subgraph (HTTP, PostgreSQL)', () => {
  let database: TestDatabase;
  let subgraph: StandaloneSubgraph;
  let url: string;

  const secretKey = randomBytes(32);
  const post = (query: string, variables: Record<string, unknown> = {}, as: ActingAs = {}) =>
    subgraphClient(url, secretKey, database.url).post(query, variables, as);
  const sql = (text: string, params: unknown[] = []) => queryRows(database.url, text, params);
  const importMutation = `mutation($document: JSONObject!, $label: String) {
    importSnapshot(document: $document, label: $label) { id label odooVersion contentHash counts { groups users acls rules fields modules models } }
  }`;

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await serveInventorySubgraph(database.url, 0, '127.0.0.1', createLogger('silent'), secretKey, {
      secrets: SecretBox.fromKey(secretKey),
      producers: defaultSnapshotProducers(),
    });
    const address = subgraph.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  }, 60_000);

  afterAll(async () => {
    await subgraph?.stop();
    await database?.dispose();
  });

  it('imports a snapshot and serves its groups, implications, members, ACLs, rules and fields', async () => {
    const imported = await post(importMutation, { document: sampleSnapshot(), label: 'stock 17.0 sample' });
    expect(imported.errors).toBeUndefined();
    const snapshot = imported.data!.importSnapshot;
    expect(snapshot).toMatchObject({ label: 'stock 17.0 sample', odooVersion: '17.0', counts: { groups: 4, users: 3, acls: 3, rules: 2, fields: 2, modules: 3, models: 2 } });
    expect(snapshot.contentHash).toMatch(/^[0-9a-f]{64}$/);

    const body = await post(
      `query($id: ID!) { snapshot(id: $id) {
        modules { edges { node { name loadIndex } } }
        officer: group(xmlid: "hr.group_hr_user") {
          xmlid name category { name } source { file line }
          implied { xmlid } impliedClosure { xmlid } implying { xmlid }
          members { totalCount edges { node { key } } }
          explicitMembers: members(includeImplied: false) { totalCount }
        }
        timesheetAdmin: user(key: "#6") { groups { xmlid } effectiveGroups { xmlid } }
        acls(model: "hr.employee") { totalCount edges { node { xmlid groupXmlid perms { read write } source { file line } } } }
        rules(groupXmlid: "hr.group_hr_user") { edges { node { xmlid global domain } } }
        globalRules: rules(model: "hr.employee") { edges { node { xmlid global } } }
        fields(protectedOnly: true) { totalCount edges { node { model name groups { xmlid negated } groupsSource setBy { file line } } } }
        inactive: users(active: false) { edges { node { key } } }
        searched: groups(search: "administrator") { totalCount }
      } }`,
      { id: snapshot.id },
    );
    expect(body.errors).toBeUndefined();
    const s = body.data!.snapshot;
    expect(s.modules.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(['base', 'hr', 'hr_timesheet']);
    expect(s.officer).toEqual({
      xmlid: 'hr.group_hr_user',
      name: 'Officer: Manage all employees',
      category: { name: 'Employees' },
      source: { file: 'hr/security/hr_security.xml', line: 30 },
      implied: [{ xmlid: 'base.group_user' }],
      impliedClosure: [{ xmlid: 'base.group_user' }],
      implying: [{ xmlid: 'hr.group_hr_manager' }, { xmlid: 'hr_timesheet.group_timesheet_manager' }],
      members: { totalCount: 2, edges: [{ node: { key: '#2' } }, { node: { key: '#6' } }] },
      explicitMembers: { totalCount: 0 },
    });
    expect(s.timesheetAdmin).toEqual({
      groups: [{ xmlid: 'hr_timesheet.group_timesheet_manager' }],
      effectiveGroups: [{ xmlid: 'base.group_user' }, { xmlid: 'hr.group_hr_user' }, { xmlid: 'hr_timesheet.group_timesheet_manager' }],
    });
    expect(s.acls.totalCount).toBe(2);
    expect(s.acls.edges[0].node).toEqual({
      xmlid: 'hr.access_hr_employee_public', groupXmlid: 'base.group_user', perms: { read: true, write: false },
      source: { file: 'hr/security/ir.model.access.csv', line: 2 },
    });
    expect(s.rules.edges).toEqual([{ node: { xmlid: 'hr.hr_employee_user_rule', global: false, domain: '[(1,"=",1)]' } }]);
    expect(s.globalRules.edges.map((e: { node: { global: boolean } }) => e.node.global)).toEqual([true, false]);
    expect(s.fields).toEqual({
      totalCount: 1,
      edges: [{ node: {
        model: 'hr.employee', name: 'private_email', groups: [{ xmlid: 'hr.group_hr_user', negated: false }],
        groupsSource: 'explicit', setBy: { file: 'hr/models/hr_employee.py', line: 80 },
      } }],
    });
    expect(s.inactive.edges).toEqual([{ node: { key: '#7' } }]);
    expect(s.searched.totalCount).toBe(2);
  });

  it('diffs two stored snapshots', async () => {
    const before = (await post(importMutation, { document: sampleSnapshot() })).data!.importSnapshot.id;
    const widened = sampleSnapshot({
      extraGroups: [
        { xmlid: 'hr_holidays.group_hr_holidays_user', name: 'Officer', module: 'hr_holidays', category: null, privilege: null,
          impliedXmlids: ['hr.group_hr_user'], share: false, comment: null, userType: null },
      ],
    });
    const after = (await post(importMutation, { document: widened })).data!.importSnapshot.id;
    const body = await post(
      `query($from: ID!, $to: ID!) { snapshotDiff(from: $from, to: $to) {
        identical counts { collection added removed changed } groups { key change } implications { key change after }
      } }`,
      { from: before, to: after },
    );
    expect(body.errors).toBeUndefined();
    const diff = body.data!.snapshotDiff;
    expect(diff.identical).toBe(false);
    expect(diff.groups).toEqual([{ key: 'hr_holidays.group_hr_holidays_user', change: 'added' }]);
    expect(diff.implications).toEqual([
      expect.objectContaining({ change: 'added', after: { groupXmlid: 'hr_holidays.group_hr_holidays_user', impliedXmlid: 'hr.group_hr_user' } }),
    ]);
    const identical = await post(`query($id: ID!) { snapshotDiff(from: $id, to: $id) { identical } }`, { id: before });
    expect(identical.data!.snapshotDiff.identical).toBe(true);
  });

  it('rejects an invalid document naming the JSON path, and stores nothing', async () => {
    const [{ count: before }] = await sql('select count(*)::int as count from inventory.snapshot');
    const document = { ...sampleSnapshot(), groups: [{ xmlid: 'not an xml id' }] };
    const body = await post(importMutation, { document });
    expect(body.errors?.[0].extensions?.code).toBe('BAD_USER_INPUT');
    expect(body.errors?.[0].message).toMatch(/^document: not a valid snapshot .*\$\.groups\[0\]/);
    const [{ count: after }] = await sql('select count(*)::int as count from inventory.snapshot');
    expect(after).toBe(before);
  });

  it('leaves no partial snapshot when the database fails half-way through an import', async () => {
    const counts = () =>
      sql(`select (select count(*) from inventory.snapshot)::int as snapshots, (select count(*) from inventory.snapshot_group)::int as groups`);
    const before = await counts();
    await sql(`create function inventory.fail_insert() returns trigger language plpgsql as $$ begin raise exception 'disk full (injected)'; end $$`);
    await sql(`create trigger fail_rules before insert on inventory.snapshot_rule for each row execute function inventory.fail_insert()`);
    try {
      const body = await post(importMutation, { document: sampleSnapshot() });
      // PostgreSQL's message stays in the server log: the client gets a reference (issue 19).
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(/^internal error \(reference [\w-]+\)$/), extensions: { code: 'INTERNAL_SERVER_ERROR' } });
      expect(await counts()).toEqual(before);
    } finally {
      await sql('drop trigger fail_rules on inventory.snapshot_rule');
      await sql('drop function inventory.fail_insert()');
    }
  });

  it('keeps tenants apart', async () => {
    await sql(`insert into inventory.tenant (slug, name) values ('acme', 'ACME Hosting client')`);
    const own = await post('{ snapshots { totalCount } }', {}, { tenant: 'acme' });
    expect(own.data!.snapshots.totalCount).toBe(0);
    const [{ id }] = await sql(`select id from inventory.snapshot limit 1`);
    const other = await post(`query($id: ID!) { snapshot(id: $id) { id } }`, { id }, { tenant: 'acme' });
    expect(other.data!.snapshot).toBeNull();
    const entity = await post(`query($r: [_Any!]!) { _entities(representations: $r) { ... on Snapshot { id } } }`, { r: [{ __typename: 'Snapshot', id }] }, { tenant: 'acme' });
    expect(entity.data!._entities).toEqual([null]);
  });

  it('serves only requests the gateway vouches for', async () => {
    const anonymous = await postGraphQL(url, '{ snapshots { totalCount } }');
    expect(anonymous.errors?.[0]).toMatchObject({ message: 'not authenticated: missing gateway assertion', extensions: { code: 'UNAUTHENTICATED' } });
    const forged = await subgraphClient(url, randomBytes(32), database.url).post('{ snapshots { totalCount } }');
    expect(forged.errors?.[0]).toMatchObject({ message: 'not authenticated: gateway assertion signature does not verify', extensions: { code: 'UNAUTHENTICATED' } });
  });

  it("masks Odoo users' logins and names for the admin, and lists none to a reviewer without assigned subjects", async () => {
    const [{ id }] = await sql(`select id from inventory.snapshot where tenant_id = (select id from inventory.tenant where slug = 'default') limit 1`);
    const query = `query($id: ID!) { snapshot(id: $id) { users(first: 2) { totalCount edges { node { key login name active } } } } }`;
    const officer = await post(query, { id });
    const admin = await post(query, { id }, { roles: ['admin'] });
    expect(admin.errors).toBeUndefined();
    const officerUsers = officer.data!.snapshot.users.edges.map((e: { node: object }) => e.node);
    expect(officerUsers[0].login).not.toBeNull();
    expect(admin.data!.snapshot.users.edges.map((e: { node: object }) => e.node)).toEqual(officerUsers.map((u: { key: string; active: boolean }) => ({ key: u.key, login: null, name: null, active: u.active })));
    const reviewer = await post(query, { id }, { roles: ['reviewer'] });
    expect(reviewer.errors).toBeUndefined();
    expect(reviewer.data!.snapshot.users).toEqual({ totalCount: 0, edges: [] });
    const viewer = await post(query, { id }, { roles: ['viewer'] });
    expect(viewer.errors?.[0]).toMatchObject({ message: 'Snapshot.users: role viewer may not read OdooUser', extensions: { code: 'FORBIDDEN' } });
  });

  it('refuses operations the role does not allow, naming the field', async () => {
    const viewer = await post('{ sources { totalCount } }', {}, { roles: ['viewer'] });
    expect(viewer.errors?.[0]).toMatchObject({ message: 'Query.sources: role viewer may not read Source', extensions: { code: 'FORBIDDEN' } });
  });
});

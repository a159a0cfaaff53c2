import { createTestDatabase, queryRows } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { createLogger } from '@sightline/platform-http';
import { randomBytes } from 'node:crypto';
import { subgraphClient } from '@sightline/platform-http/testing';
import type { Role } from '@sightline/platform-auth';
import { serveExposureSubgraph } from './serve-exposure-subgraph';
import type { StandaloneExposureSubgraph } from './serve-exposure-subgraph';
import { createInventoryTables, insertSnapshot } from '../test/inventory-tables.test-util';
import { sampleSnapshot } from '../test/sample-snapshot.test-util';

describe('exposure subgraph (HTTP, PostgreSQL)', () => {
  let database: TestDatabase;
  let subgraph: StandaloneExposureSubgraph;
  let url: string;
  let snapshotId: string;
  let otherTenantSnapshotId: string;

  const secretKey = randomBytes(32);
  const post = (query: string, variables: Record<string, unknown> = {}, tenant = 'default', roles: Role[] = ['privacy-officer']) =>
    subgraphClient(url, secretKey, database.url).post(query, variables, { tenant, roles });

  beforeAll(async () => {
    database = await createTestDatabase();
    await createInventoryTables(database.url);
    snapshotId = await insertSnapshot(database.url, 'default', sampleSnapshot());
    otherTenantSnapshotId = await insertSnapshot(database.url, 'other', sampleSnapshot());
    subgraph = await serveExposureSubgraph(database.url, 0, '127.0.0.1', createLogger('silent'), secretKey);
    const address = subgraph.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
  }, 60_000);

  afterAll(async () => {
    await subgraph?.stop();
    await database?.dispose();
  });

  it("explains a Timesheets administrator's access to employees' private e-mail", async () => {
    const body = await post(
      `query($id: ID!) { userAccess(snapshotId: $id, userKey: "#6") {
        userKey login superuser user { id }
        fields(category: "hr", first: 500) { totalCount edges { node {
          model field categories hrData
          read { access scope { scope } count { text }
            explanation { grantingRows { xmlid groupXmlid } fieldGroups { restricted admittedBy } rules { xmlid kind } } }
          via { groupXmlid path }
        } } }
      } }`,
      { id: snapshotId },
    );
    expect(body.errors).toBeUndefined();
    const access = body.data!.userAccess;
    expect(access).toMatchObject({ userKey: '#6', login: 'user6@example.com', superuser: false, user: { id: `${snapshotId}:#6` } });
    const privateEmail = access.fields.edges.map((e: any) => e.node).find((n: any) => n.field === 'private_email'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(privateEmail).toMatchObject({
      model: 'hr.employee',
      hrData: true,
      read: {
        access: 'read',
        scope: { scope: 'own-company' },
        explanation: {
          grantingRows: expect.arrayContaining([{ xmlid: 'hr.access_hr_employee_user', groupXmlid: 'hr.group_hr_user' }]),
          fieldGroups: { restricted: true, admittedBy: ['hr.group_hr_user'] },
          rules: [{ xmlid: 'hr.hr_employee_comp_rule', kind: 'global' }],
        },
      },
    });
    expect(privateEmail.via).toContainEqual({ groupXmlid: 'hr.group_hr_user', path: ['hr_timesheet.group_timesheet_manager', 'hr.group_hr_user'] });
  });

  it('pages the user × field grants in a stable order and filters them', async () => {
    const query = `query($id: ID!, $filter: ExposureFilter, $after: String) {
      exposure(snapshotId: $id, filter: $filter, first: 2, after: $after) {
        totalCount pageInfo { hasNextPage endCursor }
        edges { node { userKey model field access scope { scope } via { groupXmlid } } }
      } }`;
    const all: string[] = [];
    let after: string | null = null;
    let total = 0;
    do {
      const body = await post(query, { id: snapshotId, filter: { field: 'private_email' }, after });
      expect(body.errors).toBeUndefined();
      const page = body.data!.exposure;
      total = page.totalCount;
      all.push(...page.edges.map((e: any) => `${e.node.userKey} ${e.node.field} ${e.node.access}`)); // eslint-disable-line @typescript-eslint/no-explicit-any
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null;
    } while (after);
    expect(all).toEqual(['#2 private_email read', '#2 private_email write', '#6 private_email read', '#6 private_email write']);
    expect(total).toBe(4);

    const readOnly = await post(query, { id: snapshotId, filter: { field: 'private_email', access: 'read', userKey: '#6' } });
    expect(readOnly.data!.exposure.totalCount).toBe(1);
    const viaGroup = await post(query, { id: snapshotId, filter: { category: 'all', groupXmlid: 'base.group_user' } });
    expect(viaGroup.data!.exposure.edges.every((e: any) => e.node.field !== 'private_email')).toBe(true); // eslint-disable-line @typescript-eslint/no-explicit-any
  });

  it.each([
    [{ category: 'user.nonsense' }, 'filter.category'],
    [{ userKey: '#99' }, 'filter.userKey'],
    [{ groupXmlid: 'hr.nope' }, 'filter.groupXmlid'],
  ])('rejects the filter %j naming %s', async (filter, argument) => {
    const body = await post(`query($id: ID!, $filter: ExposureFilter) { exposure(snapshotId: $id, filter: $filter) { totalCount } }`, { id: snapshotId, filter });
    expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(new RegExp(`^${argument.replace('.', '\\.')}: `)), extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('counts the readers of a field per group and per profile', async () => {
    const body = await post(
      `query($id: ID!) { fieldReaders(snapshotId: $id, model: "hr.employee", field: "private_email") {
        classified hrData userCount
        users { totalCount edges { node { userKey scope } } }
        byGroup { edges { node { groupXmlid userCount group { id } } } }
        byProfile { totalCount edges { node { userCount groupXmlids } } }
      } }`,
      { id: snapshotId },
    );
    expect(body.errors).toBeUndefined();
    const readers = body.data!.fieldReaders;
    expect(readers).toMatchObject({ classified: true, hrData: true, userCount: 2, users: { totalCount: 2, edges: [{ node: { userKey: '#2' } }, { node: { userKey: '#6' } }] } });
    expect(readers.byGroup.edges.map((e: any) => e.node)).toContainEqual({ groupXmlid: 'hr.group_hr_user', userCount: 2, group: { id: `${snapshotId}:hr.group_hr_user` } }); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(readers.byProfile.totalCount).toBe(2);
  });

  it("shows a group's exposure and extends OdooUser and OdooGroup entities", async () => {
    const body = await post(
      `query($id: ID!, $reps: [_Any!]!) {
        groupExposure(snapshotId: $id, xmlid: "hr_timesheet.group_timesheet_manager") {
          explicitGroupXmlids fields(category: "hr", first: 500) { edges { node { field via { groupXmlid path } } } }
        }
        _entities(representations: $reps) {
          ... on OdooUser { id personalDataAccess(model: "hr.employee", first: 500) { totalCount edges { node { field } } } }
          ... on OdooGroup { id personalDataExposure(category: "hr") { totalCount } }
        }
      }`,
      {
        id: snapshotId,
        reps: [
          { __typename: 'OdooUser', id: `${snapshotId}:#3` },
          { __typename: 'OdooGroup', id: `${snapshotId}:hr.group_hr_user` },
        ],
      },
    );
    expect(body.errors).toBeUndefined();
    const group = body.data!.groupExposure;
    expect(group.explicitGroupXmlids).toEqual(['hr_timesheet.group_timesheet_manager', 'base.group_user']);
    expect(group.fields.edges.map((e: any) => e.node.field)).toContain('private_email'); // eslint-disable-line @typescript-eslint/no-explicit-any
    const [plainUser, officer] = body.data!._entities;
    expect(plainUser.personalDataAccess.edges.map((e: any) => e.node.field)).not.toContain('private_email'); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(officer.personalDataExposure.totalCount).toBeGreaterThan(0);
  });

  it('computes what removing a membership would take away', async () => {
    const body = await post(
      `query($id: ID!, $changes: [WhatIfChangeInput!]!) { whatIf(snapshotId: $id, changes: $changes, category: "hr") {
        identical added { totalCount } removed(first: 500) { totalCount edges { node { model field access before { scope } after { scope } users { edges { node { userKey } } } } } }
      } }`,
      { id: snapshotId, changes: [{ kind: 'REMOVE_MEMBERSHIP', userKey: '#6', groupXmlid: 'hr_timesheet.group_timesheet_manager' }] },
    );
    expect(body.errors).toBeUndefined();
    const removed = body.data!.whatIf.removed.edges.map((e: any) => e.node); // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(removed).toContainEqual({ model: 'hr.employee', field: 'private_email', access: 'read', before: { scope: 'own-company' }, after: null, users: { edges: [{ node: { userKey: '#6' } }] } });
    expect(body.data!.whatIf.added.totalCount).toBe(0);

    const bad = await post(`query($id: ID!) { whatIf(snapshotId: $id, changes: [{ kind: ADD_MEMBERSHIP, userKey: "#6" }]) { identical } }`, { id: snapshotId });
    expect(bad.errors?.[0]?.message).toBe('changes[0].groupXmlid: required');
  });

  it('applies classification overrides to the tenant only, validating them against the taxonomy', async () => {
    const fieldsOf = async (tenant: string, id: string) => {
      const body = await post(`query($id: ID!) { userAccess(snapshotId: $id, userKey: "#3") { fields(first: 500) { edges { node { field } } } } }`, { id }, tenant);
      expect(body.errors).toBeUndefined();
      return body.data!.userAccess.fields.edges.map((e: any) => e.node.field) as string[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    };
    expect(await fieldsOf('default', snapshotId)).not.toContain('x_shoe_size');

    const invalid = await post(`mutation { classifyField(input: { model: "hr.employee", field: "x_shoe_size", categories: ["user.shoes"], subjects: ["employee"] }) { id } }`);
    expect(invalid.errors?.[0]).toMatchObject({ message: 'input.categories[0]: unknown data category "user.shoes"', extensions: { code: 'BAD_USER_INPUT' } });

    const classified = await post(`mutation { classifyField(input: { model: "hr.employee", field: "x_shoe_size", categories: ["user.demographic"], subjects: ["employee"], reason: "uniform orders" }) { model field personal categories reason } }`);
    expect(classified.errors).toBeUndefined();
    expect(classified.data!.classifyField).toEqual({ model: 'hr.employee', field: 'x_shoe_size', personal: true, categories: ['user.demographic'], reason: 'uniform orders' });
    expect(await fieldsOf('default', snapshotId)).toContain('x_shoe_size');
    expect(await fieldsOf('other', otherTenantSnapshotId)).not.toContain('x_shoe_size');

    const declassified = await post(`mutation { declassifyField(input: { model: "hr.employee", field: "x_shoe_size" }) { personal categories } }`);
    expect(declassified.data!.declassifyField).toEqual({ personal: false, categories: [] });
    expect(await fieldsOf('default', snapshotId)).not.toContain('x_shoe_size');

    const overrides = await post(`{ classificationOverrides { totalCount edges { node { field personal } } } }`);
    expect(overrides.data!.classificationOverrides).toEqual({ totalCount: 1, edges: [{ node: { field: 'x_shoe_size', personal: false } }] });
    const removed = await post(`mutation { removeClassificationOverride(input: { model: "hr.employee", field: "x_shoe_size" }) { field } }`);
    expect(removed.data!.removeClassificationOverride).toEqual({ field: 'x_shoe_size' });
    const again = await post(`mutation { removeClassificationOverride(input: { model: "hr.employee", field: "x_shoe_size" }) { field } }`);
    expect(again.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });

  it("lists the classification and its coverage", async () => {
    const body = await post(
      `query($id: ID!) {
        classification(snapshotId: $id, model: "hr.employee", first: 500) { totalCount edges { node { field categories hrData source } } }
        classificationCoverage(snapshotId: $id) { fieldsChecked classifiedPersonal findings { totalCount } }
      }`,
      { id: snapshotId },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.classification.edges.map((e: any) => e.node)).toContainEqual({ // eslint-disable-line @typescript-eslint/no-explicit-any
      field: 'private_email', categories: ['user.contact.email'], hrData: true, source: 'default:17.0',
    });
    expect(body.data!.classificationCoverage).toMatchObject({ fieldsChecked: 4 });
  });

  it("does not show another tenant's snapshot", async () => {
    const body = await post(`query($id: ID!) { userAccess(snapshotId: $id, userKey: "#6") { userKey } }`, { id: otherTenantSnapshotId });
    expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    const own = await post(`query($id: ID!) { userAccess(snapshotId: $id, userKey: "#6") { userKey } }`, { id: otherTenantSnapshotId }, 'other');
    expect(own.data).toEqual({ userAccess: { userKey: '#6' } });
  });

  it('shows access data only to roles that may read it, and audits every login and name it returns', async () => {
    const query = `query($id: ID!) { exposure(snapshotId: $id, first: 3) { totalCount edges { node { userKey login name } } } }`;
    const auditor = await post(query, { id: snapshotId }, 'default', ['auditor']);
    expect(auditor.errors).toBeUndefined();
    const shown = auditor.data!.exposure.edges.map((e: { node: { userKey: string; login: string | null } }) => e.node);
    expect(shown.length).toBe(3);
    expect(shown.every((node: { login: string | null }) => node.login !== null)).toBe(true);
    // A reviewer reads the access data of the subjects assigned to them only: none are, yet.
    const reviewer = await post(query, { id: snapshotId }, 'default', ['reviewer']);
    expect(reviewer.data!.exposure).toEqual({ totalCount: 0, edges: [] });
    const reviewerUser = await post(`query($id: ID!) { userAccess(snapshotId: $id, userKey: "#6") { login } }`, { id: snapshotId }, 'default', ['reviewer']);
    expect(reviewerUser.errors?.[0]).toMatchObject({ message: 'userKey: this Odoo user is not among the subjects assigned to Test principal', extensions: { code: 'FORBIDDEN' } });
    const admin = await post(query, { id: snapshotId }, 'default', ['admin']);
    expect(admin.errors?.[0]).toMatchObject({ message: 'Query.exposure: role admin may not read Exposure', extensions: { code: 'FORBIDDEN' } });

    // The auditor's request: one entry for the logins and names, one for the access data of those users.
    const entries = await queryRows(database.url, `select action, object_type, object_ids, details, outcome from audit.entry where action = 'personal-data.read' order by seq desc limit 2`);
    const userIds = [...new Set(shown.map((node: { userKey: string }) => `${snapshotId}:${node.userKey}`))].sort();
    expect(entries).toEqual(expect.arrayContaining([
      expect.objectContaining({ object_type: 'OdooUser', outcome: 'success', object_ids: userIds, details: expect.objectContaining({ fields: ['login', 'name'] }) }),
      expect.objectContaining({ object_type: 'Exposure', outcome: 'success', object_ids: userIds, details: expect.objectContaining({ fields: ['access'] }) }),
    ]));
    const denied = await queryRows(database.url, `select details from audit.entry where action = 'authorization.check' and outcome = 'denied'`);
    expect(denied.map((row) => row.details)).toEqual(expect.arrayContaining([
      expect.objectContaining({ field: 'Query.exposure', action: 'read' }),
      expect.objectContaining({ field: 'userKey', action: 'read' }),
    ]));
  });
});

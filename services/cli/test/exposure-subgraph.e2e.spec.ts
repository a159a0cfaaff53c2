import { randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import { servePlatform } from '../src/commands/serve.command';
import { bearer, issueApiToken } from './api-token.test-util';
import { adminKey, hrSnapshot } from './hr-snapshot.test-util';
import type { RunningPlatform } from '../src/commands/serve.command';

/* eslint-disable @typescript-eslint/no-explicit-any -- GraphQL bodies are checked field by field */

interface GraphQLBody {
  data?: Record<string, any>;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

describe('exposure subgraph through the gateway (real 17.0 tree, PostgreSQL)', () => {
  let database: TestDatabase;
  let platform: RunningPlatform;
  let inventory: DataSource;
  let before: string;
  let after: string;
  let acme: string;
  const tokens: Record<string, string> = {};

  const post = async (query: string, variables: Record<string, unknown> = {}, tenant = 'default'): Promise<GraphQLBody> => {
    const response = await fetch(platform.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...bearer(tokens[tenant]) },
      body: JSON.stringify({ query, variables }),
    });
    return (await response.json()) as GraphQLBody;
  };
  const ok = async (query: string, variables: Record<string, unknown> = {}, tenant = 'default') => {
    const body = await post(query, variables, tenant);
    expect(body.errors).toBeUndefined();
    return body.data!;
  };
  const readableHrFields = async (snapshotId: string, tenant = 'default') => {
    const data = await ok(
      `query($id: ID!, $key: String!) { userAccess(snapshotId: $id, userKey: $key) { fields(category: "hr", first: 500) { edges { node { model field } } } } }`,
      { id: snapshotId, key: adminKey },
      tenant,
    );
    return data.userAccess.fields.edges.map((e: any) => `${e.node.model}.${e.node.field}`) as string[];
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    platform = await servePlatform({ port: 0, announce: () => undefined }, {
      SIGHTLINE_LOG_LEVEL: 'silent',
      DATABASE_URL: database.url,
      SIGHTLINE_SECRET_KEY: randomBytes(32).toString('base64'),
    });
    inventory = await openInventoryDatabase(database.url);
    await inventory.query(`insert into inventory.tenant (slug, name) values ('acme', 'ACME')`);
    before = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: hrSnapshot(false), label: 'before' })).id;
    after = (await storeSnapshot(inventory, { tenantSlug: 'default', snapshot: hrSnapshot(true), label: 'after' })).id;
    acme = (await storeSnapshot(inventory, { tenantSlug: 'acme', snapshot: hrSnapshot(false), label: 'acme' })).id;
    for (const tenant of ['default', 'acme']) tokens[tenant] = await issueApiToken(database.url, 'privacy-officer', tenant);
  }, 120_000);

  afterAll(async () => {
    await inventory?.destroy();
    await platform?.stop();
    await database?.dispose();
  });

  it("explains that a Timesheets administrator reads employees' private e-mail through the HR officer group", async () => {
    const data = await ok(
      `query($id: ID!, $key: String!) { userAccess(snapshotId: $id, userKey: $key) {
        login superuser
        fields(model: "hr.employee", first: 500) { edges { node {
          field categories hrData
          read { scope { scope } count { evaluable text } explanation { grantingRows { xmlid groupXmlid } fieldGroups { restricted admittedBy } rules { xmlid } } }
          via { groupXmlid path }
        } } }
      } }`,
      { id: before, key: adminKey },
    );
    expect(data.userAccess).toMatchObject({ login: 'timesheet.admin@example.com', superuser: false });
    const privateEmail = data.userAccess.fields.edges.map((e: any) => e.node).find((n: any) => n.field === 'private_email');
    expect(privateEmail).toMatchObject({
      categories: ['user.contact.email'],
      hrData: true,
      read: {
        scope: { scope: 'own-company' },
        count: { evaluable: true, text: expect.stringMatching(/^\d+ of \d+$/) },
        explanation: {
          grantingRows: expect.arrayContaining([{ xmlid: 'hr.access_hr_employee_user', groupXmlid: 'hr.group_hr_user' }]),
          fieldGroups: { restricted: true, admittedBy: ['hr.group_hr_user'] },
        },
      },
    });
    expect(privateEmail.via).toContainEqual({ groupXmlid: 'hr.group_hr_user', path: ['hr_timesheet.group_timesheet_manager', 'hr.group_hr_user'] });
  });

  it('counts the readers of the field, per group and per profile, and pages them', async () => {
    const data = await ok(
      `query($id: ID!) { fieldReaders(snapshotId: $id, model: "hr.employee", field: "private_email") {
        userCount
        users(first: 500) { totalCount edges { node { userKey } } }
        byGroup(first: 500) { edges { node { groupXmlid userCount } } }
        byProfile(first: 500) { edges { node { userCount } } }
      } }`,
      { id: before },
    );
    const readers = data.fieldReaders;
    expect(readers.users.totalCount).toBe(readers.userCount);
    expect(readers.users.edges.map((e: any) => e.node.userKey)).toContain(adminKey);
    expect(readers.byProfile.edges.reduce((sum: number, e: any) => sum + e.node.userCount, 0)).toBe(readers.userCount);
    const officers = readers.byGroup.edges.find((e: any) => e.node.groupXmlid === 'hr.group_hr_user');
    // Every reader but the superuser (who bypasses field groups) reads through the HR officer group.
    expect(officers.node.userCount).toBeGreaterThan(0);
    expect(officers.node.userCount).toBeLessThanOrEqual(readers.userCount);

    const firstPage = await ok(`query($id: ID!) { fieldReaders(snapshotId: $id, model: "hr.employee", field: "private_email") { users(first: 1) { pageInfo { hasNextPage } edges { node { userKey } } } } }`, { id: before });
    expect(firstPage.fieldReaders.users.pageInfo.hasNextPage).toBe(readers.userCount > 1);
  });

  it('removes the grant when the membership is removed (what-if) and between two snapshots (diff)', async () => {
    const query = `removed(first: 200) { edges { node { model field access users(first: 100) { edges { node { userKey login } } } } } }`;
    const whatIf = await ok(
      `query($id: ID!, $changes: [WhatIfChangeInput!]!) { whatIf(snapshotId: $id, changes: $changes, category: "hr") { identical ${query} } }`,
      { id: before, changes: [{ kind: 'REMOVE_MEMBERSHIP', userKey: adminKey, groupXmlid: 'hr_timesheet.group_timesheet_manager' }] },
    );
    const removedBy = (diff: any) => diff.removed.edges.map((e: any) => e.node).find((n: any) => n.field === 'private_email' && n.access === 'read');
    expect(removedBy(whatIf.whatIf)).toMatchObject({ model: 'hr.employee', users: { edges: [{ node: { userKey: adminKey, login: 'timesheet.admin@example.com' } }] } });
    expect(await readableHrFields(before)).toContain('hr.employee.private_email');

    const diff = await ok(`query($from: ID!, $to: ID!) { exposureDiff(from: $from, to: $to, category: "hr") { identical ${query} } }`, { from: before, to: after });
    expect(diff.exposureDiff.identical).toBe(false);
    expect(removedBy(diff.exposureDiff).users.edges.map((e: any) => e.node.userKey)).toEqual([adminKey]);
  });

  it("extends the inventory's OdooUser and OdooGroup with their personal-data exposure", async () => {
    const data = await ok(
      `query($id: ID!, $key: String!) { snapshot(id: $id) {
        user(key: $key) { login personalDataAccess(category: "hr", first: 500) { totalCount edges { node { field } } } }
        group(xmlid: "hr.group_hr_user") { name personalDataExposure(model: "hr.employee", first: 500) { totalCount } }
      } }`,
      { id: before, key: adminKey },
    );
    expect(data.snapshot.user.login).toBe('timesheet.admin@example.com');
    expect(data.snapshot.user.personalDataAccess.edges.map((e: any) => e.node.field)).toContain('private_email');
    expect(data.snapshot.group.personalDataExposure.totalCount).toBeGreaterThan(0);
  });

  it("applies the tenant's classification overrides to its snapshots only", async () => {
    await ok(`mutation { declassifyField(input: { model: "hr.employee", field: "private_email", reason: "test" }) { personal } }`);
    try {
      expect(await readableHrFields(before)).not.toContain('hr.employee.private_email');
      expect(await readableHrFields(acme, 'acme')).toContain('hr.employee.private_email');
    } finally {
      await ok(`mutation { removeClassificationOverride(input: { model: "hr.employee", field: "private_email" }) { field } }`);
    }
    expect(await readableHrFields(before)).toContain('hr.employee.private_email');
  });

  it("keeps tenants apart", async () => {
    const body = await post(`query($id: ID!) { userAccess(snapshotId: $id, userKey: "${adminKey}") { userKey } }`, { id: acme });
    expect(body.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
    const diff = await post(`query($from: ID!, $to: ID!) { exposureDiff(from: $from, to: $to) { identical } }`, { from: before, to: acme });
    expect(diff.errors?.[0]?.extensions?.code).toBe('NOT_FOUND');
  });
});

import { randomUUID } from 'node:crypto';
import { createMongoAbility } from '@casl/ability';
import type { DataSource } from 'typeorm';
import { openServiceDatabase } from '@sightline/platform-db';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import type { AppAbility } from './app-ability';
import { accessibleWhere } from './accessible-where.util';
import { defineAbilityFor } from './define-ability-for.util';
import { maskPersonalData } from './mask-personal-data.util';
import type { SqlColumnMap } from './mongo-query-to-sql.util';
import type { TenantMembership } from './principal';
import type { Action, Subject } from './role-rules';

describe('accessibleWhere (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const tables: Partial<Record<Subject, { table: string; columns: SqlColumnMap }>> = {
    ReviewItem: { table: 'review_item', columns: { id: 't.id', tenantId: 't.tenant_id', assignedTo: 't.assigned_to' } },
    OdooUser: { table: 'odoo_user', columns: { id: 't.id', tenantId: 't.tenant_id', reviewerIds: { sql: 't.reviewer_ids', array: true } } },
    AuditEntry: { table: 'audit_entry', columns: { id: 't.id', tenantId: 't.tenant_id' } },
  };
  const abilityOf = (id: string, ...tenants: TenantMembership[]) => defineAbilityFor({ kind: 'oidc', id, name: id, tenants }, tenantA);

  /** The ids the database returns under the ability's WHERE; no filtering happens in JavaScript. */
  const listed = async (ability: AppAbility, action: Action, subjectType: Subject): Promise<string[] | false> => {
    const { table, columns } = tables[subjectType]!;
    const where = accessibleWhere(ability, action, subjectType, columns);
    if (where === false) return false;
    const rows = await db.createQueryBuilder().select('t.id', 'id').from(table, 't').where(where.sql, where.params).orderBy('t.id').getRawMany<{ id: string }>();
    return rows.map((row) => row.id);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openServiceDatabase({ url: database.url, schema: 'public', entities: [], migrations: [] });
    await db.query(`create table review_item (id text primary key, tenant_id uuid not null, assigned_to text)`);
    await db.query(`create table odoo_user (id text primary key, tenant_id uuid not null, login text, email text, name text, active boolean, reviewer_ids text[] not null)`);
    await db.query(`create table audit_entry (id text primary key, tenant_id uuid not null)`);
    await db.query(`insert into review_item values ('a1', $1, 'rev-1'), ('a2', $1, 'rev-2'), ('a3', $1, null), ('b1', $2, 'rev-1')`, [tenantA, tenantB]);
    await db.query(
      `insert into odoo_user values ('u1', $1, 'ada', 'ada@a.test', 'Ada', true, '{rev-1}'), ('u2', $1, 'bob', 'bob@a.test', 'Bob', true, '{rev-2}'),
        ('u3', $1, 'cy', 'cy@a.test', 'Cy', false, '{rev-1,rev-2}'), ('ub', $2, 'dee', 'dee@b.test', 'Dee', true, '{rev-1}')`,
      [tenantA, tenantB],
    );
    await db.query(`insert into audit_entry values ('e1', $1), ('eb', $2)`, [tenantA, tenantB]);
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await database?.dispose();
  });

  it('lists for a reviewer only the items assigned to them, and only their subjects, never another tenant\'s', async () => {
    // rev-1 is a reviewer in both tenants and has assignments in both; the ability is for tenant A.
    const reviewer = abilityOf('rev-1', { tenantId: tenantA, roles: ['reviewer'] }, { tenantId: tenantB, roles: ['reviewer', 'privacy-officer'] });
    expect(await listed(reviewer, 'read', 'ReviewItem')).toEqual(['a1']);
    expect(await listed(reviewer, 'decide', 'ReviewItem')).toEqual(['a1']);
    expect(await listed(reviewer, 'read', 'OdooUser')).toEqual(['u1', 'u3']);
    expect(await listed(reviewer, 'read', 'AuditEntry')).toBe(false);
    expect(await listed(abilityOf('rev-2', { tenantId: tenantA, roles: ['reviewer'] }), 'read', 'ReviewItem')).toEqual(['a2']);
  });

  it('lists the whole tenant for an auditor and the union of a principal\'s roles', async () => {
    expect(await listed(abilityOf('aud', { tenantId: tenantA, roles: ['auditor'] }), 'read', 'ReviewItem')).toEqual(['a1', 'a2', 'a3']);
    expect(await listed(abilityOf('aud', { tenantId: tenantA, roles: ['auditor'] }), 'read', 'AuditEntry')).toEqual(['e1']);
    expect(await listed(abilityOf('aud', { tenantId: tenantA, roles: ['auditor'] }), 'update', 'ReviewItem')).toBe(false);
    const both = abilityOf('rev-1', { tenantId: tenantA, roles: ['reviewer', 'auditor'] });
    expect(await listed(both, 'read', 'OdooUser')).toEqual(['u1', 'u2', 'u3']);
    expect(await listed(both, 'decide', 'ReviewItem')).toEqual(['a1']);
  });

  it('answers "nothing" without a query for roles with no grant, and honours inverted rules in SQL', async () => {
    expect(await listed(abilityOf('v', { tenantId: tenantA, roles: ['viewer'] }), 'read', 'OdooUser')).toBe(false);
    expect(await listed(abilityOf('nobody'), 'read', 'ReviewItem')).toBe(false);
    const officer = abilityOf('po', { tenantId: tenantA, roles: ['privacy-officer'] });
    expect(await listed(officer, 'read', 'AuditEntry')).toEqual(['e1']);
    expect(await listed(officer, 'delete', 'AuditEntry')).toBe(false);
    expect(await listed(officer, 'sign-off', 'ReviewItem')).toEqual(['a1', 'a2', 'a3']);
    const exceptUnassigned = createMongoAbility<AppAbility>([
      { action: 'read', subject: 'ReviewItem', conditions: { tenantId: tenantA } },
      { action: 'read', subject: 'ReviewItem', conditions: { assignedTo: null }, inverted: true },
    ]);
    expect(await listed(exceptUnassigned, 'read', 'ReviewItem')).toEqual(['a1', 'a2']);
  });

  it('lets an admin list Odoo users of the tenant with their personal fields masked', async () => {
    const admin = abilityOf('adm', { tenantId: tenantA, roles: ['admin'] });
    const where = accessibleWhere(admin, 'read', 'OdooUser', tables.OdooUser!.columns);
    if (where === false) throw new Error('admin reads Odoo users');
    const rows = await db
      .createQueryBuilder()
      .select(['t.id AS id', 't.tenant_id AS "tenantId"', 't.login AS login', 't.email AS email', 't.name AS name', 't.active AS active'])
      .from('odoo_user', 't')
      .where(where.sql, where.params)
      .orderBy('t.id')
      .getRawMany<Record<string, unknown>>();
    expect(rows.map((row) => maskPersonalData(admin, 'OdooUser', row))).toEqual([
      { id: 'u1', tenantId: null, login: null, email: null, name: null, active: true },
      { id: 'u2', tenantId: null, login: null, email: null, name: null, active: true },
      { id: 'u3', tenantId: null, login: null, email: null, name: null, active: false },
    ]);
  });

  it('binds the tenant and principal as parameters, never into the SQL text', () => {
    const where = accessibleWhere(abilityOf("rev'--", { tenantId: tenantA, roles: ['reviewer'] }), 'read', 'ReviewItem', tables.ReviewItem!.columns);
    expect(where).not.toBe(false);
    if (where === false) return;
    expect(where.sql).not.toContain(tenantA);
    expect(where.sql).not.toContain("rev'--");
    expect(Object.values(where.params)).toEqual(expect.arrayContaining([tenantA, "rev'--"]));
  });
});

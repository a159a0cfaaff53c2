import { randomUUID } from 'node:crypto';
import type { DataSource } from 'typeorm';
import { openServiceDatabase } from '@sightline/platform-db';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { mongoQueryToSql } from './mongo-query-to-sql.util';
import type { MongoQuery, SqlColumnMap } from './mongo-query-to-sql.util';

describe('mongoQueryToSql (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  const tenantA = randomUUID();
  const tenantB = randomUUID();
  const columns: SqlColumnMap = {
    id: 'r.id',
    tenantId: 'r.tenant_id',
    assignedTo: 'r.assigned_to',
    status: 'r.status',
    reviewerIds: { sql: 'r.reviewer_ids', array: true },
    'snapshot.tenantId': 's.tenant_id',
  };
  const rows = [
    { id: 'a1', tenant: tenantA, assignedTo: 'alice', status: 'open', reviewers: ['alice', 'bob'] },
    { id: 'a2', tenant: tenantA, assignedTo: 'bob', status: 'decided', reviewers: ['bob'] },
    { id: 'a3', tenant: tenantA, assignedTo: null, status: 'open', reviewers: [] },
    { id: 'b1', tenant: tenantB, assignedTo: 'alice', status: 'open', reviewers: ['alice'] },
  ];

  const ids = async (query: MongoQuery | null): Promise<string[]> => {
    const condition = mongoQueryToSql(query, columns);
    const found = await db
      .createQueryBuilder()
      .select('r.id', 'id')
      .from('review_item', 'r')
      .innerJoin('snapshot', 's', 's.id = r.snapshot_id')
      .where(condition.where, condition.parameters)
      .orderBy('r.id')
      .getRawMany<{ id: string }>();
    return found.map((row) => row.id);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openServiceDatabase({ url: database.url, schema: 'public', entities: [], migrations: [] });
    await db.query(`create table snapshot (id text primary key, tenant_id uuid not null)`);
    await db.query(`create table review_item (id text primary key, snapshot_id text references snapshot, tenant_id uuid not null,
      assigned_to text, status text not null, reviewer_ids text[] not null)`);
    await db.query(`insert into snapshot values ('sa', $1), ('sb', $2)`, [tenantA, tenantB]);
    for (const row of rows) {
      await db.query(`insert into review_item values ($1, $2, $3, $4, $5, $6)`, [row.id, row.tenant === tenantA ? 'sa' : 'sb', row.tenant, row.assignedTo, row.status, row.reviewers]);
    }
  }, 60_000);

  afterAll(async () => {
    await db?.destroy();
    await database?.dispose();
  });

  it('filters by equality, including through a joined (nested) tenantId', async () => {
    expect(await ids({ tenantId: tenantA, assignedTo: 'alice' })).toEqual(['a1']);
    expect(await ids({ 'snapshot.tenantId': tenantB })).toEqual(['b1']);
    expect(await ids({ tenantId: { $eq: tenantA }, assignedTo: null })).toEqual(['a3']);
  });

  it('handles $ne, $in and $nin with MongoDB null semantics', async () => {
    expect(await ids({ tenantId: tenantA, assignedTo: { $ne: 'alice' } })).toEqual(['a2', 'a3']);
    expect(await ids({ assignedTo: { $in: ['bob', null] } })).toEqual(['a2', 'a3']);
    expect(await ids({ assignedTo: { $nin: ['alice'] } })).toEqual(['a2', 'a3']);
    expect(await ids({ status: { $in: [] } })).toEqual([]);
  });

  it('treats equality on an array column as "contains"', async () => {
    expect(await ids({ tenantId: tenantA, reviewerIds: 'bob' })).toEqual(['a1', 'a2']);
    expect(await ids({ reviewerIds: { $in: ['alice'] } })).toEqual(['a1', 'b1']);
  });

  it('combines rules the way rulesToQuery does: $or of allows, $and of $nor for inverted rules', async () => {
    const query = { $or: [{ tenantId: tenantA, assignedTo: 'alice' }, { tenantId: tenantA, status: 'decided' }], $and: [{ $nor: [{ status: 'decided' }] }] };
    expect(await ids(query)).toEqual(['a1']);
    expect(await ids({})).toEqual(['a1', 'a2', 'a3', 'b1']);
    expect(await ids(null)).toEqual([]);
  });

  it('binds every value and refuses unmapped fields and unknown operators', async () => {
    const evil = "x' or '1'='1";
    expect(await ids({ assignedTo: evil })).toEqual([]);
    expect(mongoQueryToSql({ assignedTo: evil }, columns).where).not.toContain(evil);
    expect(() => mongoQueryToSql({ 'r.id; drop table x': 1 }, columns)).toThrow('has no column mapping');
    expect(() => mongoQueryToSql({ status: { $regex: '.*' } }, columns)).toThrow('unsupported operator $regex');
    expect(() => mongoQueryToSql({ $where: 'true' }, columns)).toThrow('unsupported operator $where');
    expect(() => mongoQueryToSql({ status: { $in: [{ nested: 1 }] } }, columns)).toThrow('only scalar values');
  });
});

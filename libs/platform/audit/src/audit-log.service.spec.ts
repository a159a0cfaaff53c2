import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { openAuditDatabase } from './audit-database';
import type { AuditEntryInput } from './audit-entry';
import { genesisHash } from './audit-entry';
import { AuditLog } from './audit-log.service';
import { AuditSigner } from './audit-signer';
import { auditWriterRole } from './audit-writer-role';
import { verifyAuditLog } from './verify-audit-log.util';

describe('AuditLog (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let client: Client;
  const signer = new AuditSigner(generateKeyPairSync('ed25519').privateKey);
  let log: AuditLog;

  const entry = (tenantId: string | null, over: Partial<AuditEntryInput> = {}): AuditEntryInput => ({
    tenantId,
    actor: { kind: 'user', id: 'u-1', name: 'Ada' },
    action: 'personal-data.read',
    objectType: 'OdooUser',
    objectIds: ['42'],
    origin: { ip: '127.0.0.1', requestId: 'r-1' },
    outcome: 'success',
    ...over,
  });

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openAuditDatabase(database.url);
    log = new AuditLog(db, signer);
    client = new Client({ connectionString: database.url });
    await client.connect();
  }, 60_000);

  afterAll(async () => {
    await client?.end();
    await db?.destroy();
    await database?.dispose();
  });

  it('links each tenant’s entries into its own chain starting from the genesis hash', async () => {
    const tenant = randomUUID();
    const a = await log.append(entry(tenant, { details: { when: new Date('2026-01-02T03:04:05Z'), skip: undefined } }));
    const b = await log.append(entry(tenant, { action: 'review.decide', outcome: 'denied' }));
    expect(a.prevHash).toBe(genesisHash);
    expect(b.prevHash).toBe(a.hash);
    expect(a.details).toEqual({ when: '2026-01-02T03:04:05.000Z' });
    expect(await verifyAuditLog(db, { trustedKeys: [signer.publicKey], tenantId: tenant })).toEqual({ ok: true, entries: 2, checkpoints: 0 });
  });

  it('keeps every chain linear under concurrent appends (no forks, no holes)', async () => {
    const tenants = [randomUUID(), randomUUID(), null];
    await Promise.all(Array.from({ length: 60 }, (_, i) => log.append(entry(tenants[i % 3], { objectIds: [String(i)] }))));
    const verification = await verifyAuditLog(db, { trustedKeys: [signer.publicKey] });
    expect(verification.ok).toBe(true);
    for (const tenantId of tenants) {
      expect((await verifyAuditLog(db, { trustedKeys: [], tenantId })).entries).toBe(20);
    }
  }, 30_000);

  it('joins the caller’s transaction: rolled back with it, committed with it', async () => {
    const tenant = randomUUID();
    await expect(
      db.transaction(async (manager) => {
        await log.append(entry(tenant), manager);
        throw new Error('the decision failed');
      }),
    ).rejects.toThrow('the decision failed');
    expect((await client.query('select count(*)::int as n from audit.entry where tenant_id = $1', [tenant])).rows[0].n).toBe(0);
    await db.transaction((manager) => log.append(entry(tenant), manager));
    expect((await client.query('select count(*)::int as n from audit.entry where tenant_id = $1', [tenant])).rows[0].n).toBe(1);
    await expect(log.append(entry(tenant), db.manager)).rejects.toThrow('must be inside a transaction');
  });

  it('refuses invalid entries before they reach the database', async () => {
    await expect(log.append(entry('not-a-uuid'))).rejects.toThrow('tenantId "not-a-uuid" is not a uuid');
    await expect(log.append(entry(null, { action: 'Bad Action' }))).rejects.toThrow('action "Bad Action" must match');
    await expect(log.append(entry(null, { outcome: 'maybe' as never }))).rejects.toThrow('outcome must be one of');
    await expect(log.append(entry(null, { details: { x: 'a\u0000b' } }))).rejects.toThrow('NUL characters');
  });

  it('rejects update, delete and truncate even for the owner', async () => {
    const tenant = randomUUID();
    await log.append(entry(tenant));
    await expect(client.query(`update audit.entry set outcome = 'failure' where tenant_id = $1`, [tenant])).rejects.toThrow(
      'audit.entry is append-only: UPDATE is not allowed',
    );
    await expect(client.query(`delete from audit.entry where tenant_id = $1`, [tenant])).rejects.toThrow('DELETE is not allowed');
    await expect(client.query(`truncate audit.entry`)).rejects.toThrow('TRUNCATE is not allowed');
    await expect(client.query(`truncate audit.checkpoint`)).rejects.toThrow('audit.checkpoint is append-only');
  });

  it('lets the writer role insert and read, and nothing else', async () => {
    const tenant = randomUUID();
    await client.query('begin');
    try {
      await client.query(`set local role ${auditWriterRole}`);
      await client.query(
        `insert into audit.entry (seq, tenant_id, at, actor, action, outcome, prev_hash, hash)
         values (nextval('audit.entry_seq_seq'), $1, now(), '{"kind":"system","id":"t"}', 'test.insert', 'success', $2, $3)`,
        [tenant, genesisHash, 'f'.repeat(64)],
      );
      expect((await client.query('select count(*)::int as n from audit.entry where tenant_id = $1', [tenant])).rows[0].n).toBe(1);
      await client.query('savepoint s');
      await expect(client.query(`update audit.entry set outcome = 'failure' where tenant_id = $1`, [tenant])).rejects.toThrow(
        'permission denied for table entry',
      );
      await client.query('rollback to savepoint s');
      await expect(client.query(`delete from audit.checkpoint`)).rejects.toThrow('permission denied for table checkpoint');
    } finally {
      await client.query('rollback');
    }
  });

  it('signs the heads of the chains that grew since their last checkpoint, once', async () => {
    const tenant = randomUUID();
    await log.append(entry(tenant));
    const head = await log.append(entry(tenant));
    const first = await log.checkpoint();
    expect(first.find((c) => c.tenantId === tenant)).toMatchObject({ seq: head.seq, hash: head.hash, keyId: signer.keyId });
    expect((await log.checkpoint()).find((c) => c.tenantId === tenant)).toBeUndefined();
    expect(await verifyAuditLog(db, { trustedKeys: [signer.publicKey], tenantId: tenant })).toEqual({ ok: true, entries: 2, checkpoints: 1 });
    await expect(new AuditLog(db).checkpoint()).rejects.toThrow('no signing key configured');
  });

  it('appends as the audit writer (insert and read only), and gives a caller\'s transaction its own role back', async () => {
    // A guard that only the writer role passes: the entry below must be inserted as that role.
    await client.query(`
      create function audit.only_writer() returns trigger language plpgsql as $$
      begin
        if current_user <> '${auditWriterRole}' then raise exception 'inserted as %', current_user; end if;
        return new;
      end $$`);
    await client.query(`create trigger only_writer before insert on audit.entry for each row execute function audit.only_writer()`);
    try {
      const tenant = randomUUID();
      await log.append(entry(tenant));
      const roles = await db.transaction(async (manager) => {
        const before = (await manager.query(`select current_user as role`))[0].role;
        await log.append(entry(tenant, { action: 'review.decide' }), manager);
        return { before, after: (await manager.query(`select current_user as role`))[0].role };
      });
      expect(roles.after).toBe(roles.before);
      expect((await client.query('select count(*)::int as n from audit.entry where tenant_id = $1', [tenant])).rows[0].n).toBe(2);
      await expect(client.query(`insert into audit.entry (seq, tenant_id, at, actor, action, outcome, prev_hash, hash)
        values (nextval('audit.entry_seq_seq'), $1, now(), '{"kind":"system","id":"t"}', 'test.insert', 'success', $2, $3)`, [randomUUID(), genesisHash, 'e'.repeat(64)])).rejects.toThrow(/inserted as/);
    } finally {
      await client.query('drop trigger only_writer on audit.entry');
      await client.query('drop function audit.only_writer()');
    }
  });
});

import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { openAuditDatabase } from './audit-database';
import type { AuditEntry } from './audit-entry';
import { AuditLog } from './audit-log.service';
import { AuditSigner } from './audit-signer';
import { computeEntryHash } from './compute-entry-hash.util';
import { verifyAuditLog } from './verify-audit-log.util';

/**
 * Tampering as a superuser would: with `session_replication_role = replica` the append-only
 * triggers do not fire, so only the hash chain and the signed checkpoints stand in the way.
 */
describe('audit log tamper detection (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let superuser: Client;
  const signer = new AuditSigner(generateKeyPairSync('ed25519').privateKey);
  const attacker = new AuditSigner(generateKeyPairSync('ed25519').privateKey);
  let log: AuditLog;

  const sql = async (text: string, params: unknown[] = []) => (await superuser.query(text, params)).rows;
  const verify = (tenantId: string) => verifyAuditLog(db, { trustedKeys: [signer.publicKey], tenantId });

  /** Six entries of a fresh tenant, checkpointed after the fourth (or the sixth). */
  async function seedChain(checkpointAfter = 4): Promise<{ tenant: string; entries: AuditEntry[] }> {
    const tenant = randomUUID();
    const entries: AuditEntry[] = [];
    for (let i = 1; i <= 6; i += 1) {
      entries.push(
        await log.append({
          tenantId: tenant,
          actor: { kind: 'user', id: `u-${i}`, name: `User ${i}` },
          action: i % 2 ? 'personal-data.read' : 'review.decide',
          objectType: 'OdooUser',
          objectIds: [String(i), String(i + 100)],
          origin: { ip: '10.0.0.1', userAgent: 'test', requestId: `r-${i}` },
          outcome: 'success',
          details: { field: 'private_email', n: i },
        }),
      );
      if (i === checkpointAfter) await log.checkpoint();
    }
    return { tenant, entries };
  }

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openAuditDatabase(database.url);
    log = new AuditLog(db, signer);
    superuser = new Client({ connectionString: database.url });
    await superuser.connect();
    await superuser.query('set session_replication_role = replica');
  }, 60_000);

  afterAll(async () => {
    await superuser?.end();
    await db?.destroy();
    await database?.dispose();
  });

  it('verifies an untouched log', async () => {
    const { tenant } = await seedChain();
    expect(await verify(tenant)).toEqual({ ok: true, entries: 6, checkpoints: 1 });
  });

  it('detects an edited field at that entry', async () => {
    const { tenant, entries } = await seedChain();
    await sql(`update audit.entry set details = '{"field":"name","n":2}' where seq = $1`, [entries[1].seq]);
    expect(await verify(tenant)).toMatchObject({ ok: false, firstBrokenSeq: entries[1].seq, reason: expect.stringContaining('was altered') });
  });

  it('detects a deleted row at the entry after it', async () => {
    const { tenant, entries } = await seedChain();
    await sql(`delete from audit.entry where seq = $1`, [entries[2].seq]);
    expect(await verify(tenant)).toMatchObject({ ok: false, firstBrokenSeq: entries[3].seq, reason: expect.stringContaining('prev_hash') });
  });

  it('detects reordering (two entries swap seq)', async () => {
    const { tenant, entries } = await seedChain();
    const [a, b] = [entries[1].seq, entries[2].seq];
    await sql(`update audit.entry set seq = -1 where seq = $1`, [a]);
    await sql(`update audit.entry set seq = $1 where seq = $2`, [a, b]);
    await sql(`update audit.entry set seq = $1 where seq = -1`, [b]);
    expect(await verify(tenant)).toMatchObject({ ok: false, firstBrokenSeq: a });
  });

  it('detects truncation of the tail covered by a checkpoint', async () => {
    const { tenant, entries } = await seedChain();
    await sql(`delete from audit.entry where tenant_id = $1 and seq >= $2`, [tenant, entries[3].seq]);
    expect(await verify(tenant)).toMatchObject({ ok: false, firstBrokenSeq: entries[3].seq, reason: expect.stringContaining('truncated') });
  });

  it('detects a chain rewritten consistently after an edit (hashes recomputed) through the checkpoint', async () => {
    const { tenant, entries } = await seedChain();
    let prevHash = entries[0].hash;
    for (const original of entries.slice(1)) {
      const content = { ...original, prevHash, outcome: original === entries[1] ? ('denied' as const) : original.outcome };
      const { hash: _old, ...unsigned } = content;
      const hash = computeEntryHash(unsigned);
      await sql(`update audit.entry set outcome = $1, prev_hash = $2, hash = $3 where seq = $4`, [content.outcome, prevHash, hash, original.seq]);
      prevHash = hash;
    }
    expect(await verify(tenant)).toMatchObject({ ok: false, firstBrokenSeq: entries[3].seq, reason: expect.stringContaining('rewritten') });
  });

  it('detects forged checkpoints: altered, signed by an unknown key, or pointing at a fabricated entry', async () => {
    const altered = await seedChain();
    await sql(`update audit.checkpoint set hash = $1 where tenant_id = $2`, ['e'.repeat(64), altered.tenant]);
    expect(await verify(altered.tenant)).toMatchObject({ ok: false, firstBrokenSeq: altered.entries[3].seq, reason: expect.stringContaining('invalid signature') });

    const foreign = await seedChain();
    const forged = attacker.sign({ tenantId: foreign.tenant, seq: foreign.entries[5].seq, hash: foreign.entries[5].hash });
    await sql(`insert into audit.checkpoint (tenant_id, seq, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5, $6)`, [
      forged.tenantId, forged.seq, forged.hash, forged.signedAt, forged.keyId, forged.signature,
    ]);
    expect(await verify(foreign.tenant)).toMatchObject({ ok: false, firstBrokenSeq: foreign.entries[5].seq, reason: expect.stringContaining('unknown key') });

    const missing = await seedChain();
    const keyIdReuse = { ...attacker.sign({ tenantId: missing.tenant, seq: '999999999', hash: 'd'.repeat(64) }), keyId: signer.keyId };
    await sql(`insert into audit.checkpoint (tenant_id, seq, hash, signed_at, key_id, signature) values ($1, $2, $3, $4, $5, $6)`, [
      keyIdReuse.tenantId, keyIdReuse.seq, keyIdReuse.hash, keyIdReuse.signedAt, keyIdReuse.keyId, keyIdReuse.signature,
    ]);
    expect(await verify(missing.tenant)).toMatchObject({ ok: false, firstBrokenSeq: '999999999', reason: expect.stringContaining('invalid signature') });
  });

  it('detects 100 % of single-row edits (every field), deletions, adjacent swaps and truncations when the head is checkpointed', async () => {
    const { tenant, entries } = await seedChain(6);
    const edits: Record<string, string> = {
      tenant_id: `'${randomUUID()}'`,
      at: `at + interval '1 millisecond'`,
      actor: `jsonb_set(actor, '{name}', '"Mallory"')`,
      action: `'personal-data.export'`,
      object_type: `'OdooGroup'`,
      object_ids: `object_ids || '{999}'::text[]`,
      origin: `jsonb_set(origin, '{ip}', '"203.0.113.9"')`,
      outcome: `'failure'`,
      details: `details || '{"extra":true}'`,
      prev_hash: `repeat('a', 64)`,
      hash: `repeat('b', 64)`,
    };
    let cases = 0;
    let detected = 0;
    const attempt = async (tamper: () => Promise<void>, restore: () => Promise<void>) => {
      cases += 1;
      await tamper();
      if (!(await verify(tenant)).ok) detected += 1;
      await restore();
      expect(await verify(tenant)).toMatchObject({ ok: true });
    };
    const snapshot = async () => sql(`select * from audit.entry where tenant_id = $1 order by seq`, [tenant]);
    const original = await snapshot();
    const restoreAll = async () => {
      await sql(`delete from audit.entry where tenant_id = $1 or seq = any($2::bigint[]) or seq < 0`, [tenant, entries.map((e) => e.seq)]);
      for (const row of original) {
        await sql(
          `insert into audit.entry (seq, tenant_id, at, actor, action, object_type, object_ids, origin, outcome, details, prev_hash, hash)
           values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12)`,
          [row.seq, row.tenant_id, row.at, row.actor, row.action, row.object_type, row.object_ids, row.origin, row.outcome, row.details, row.prev_hash, row.hash],
        );
      }
    };
    for (const entry of entries) {
      for (const [column, expression] of Object.entries(edits)) {
        await attempt(() => sql(`update audit.entry set ${column} = ${expression} where seq = $1`, [entry.seq]).then(() => undefined), restoreAll);
      }
      await attempt(() => sql(`delete from audit.entry where seq = $1`, [entry.seq]).then(() => undefined), restoreAll);
    }
    for (let i = 0; i + 1 < entries.length; i += 1) {
      const [a, b] = [entries[i].seq, entries[i + 1].seq];
      await attempt(async () => {
        await sql(`update audit.entry set seq = -1 where seq = $1`, [a]);
        await sql(`update audit.entry set seq = $1 where seq = $2`, [a, b]);
        await sql(`update audit.entry set seq = $1 where seq = -1`, [b]);
      }, restoreAll);
    }
    for (const from of entries) {
      await attempt(() => sql(`delete from audit.entry where tenant_id = $1 and seq >= $2`, [tenant, from.seq]).then(() => undefined), restoreAll);
    }
    expect(cases).toBe(6 * 12 + 5 + 6);
    expect(detected).toBe(cases);
  }, 60_000);
});

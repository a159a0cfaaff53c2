import { generateKeyPairSync, randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { finished } from 'node:stream/promises';
import type { DataSource } from 'typeorm';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { openAuditDatabase } from './audit-database';
import { AuditLog } from './audit-log.service';
import { AuditSigner } from './audit-signer';
import { exportAuditLog } from './export-audit-log.util';
import { importAndVerify } from './import-and-verify.util';
import { queryAuditLog } from './query-audit-log.util';

describe('audit log queries and export (PostgreSQL)', () => {
  let database: TestDatabase;
  let db: DataSource;
  let dir: string;
  const signer = new AuditSigner(generateKeyPairSync('ed25519').privateKey);
  const tenant = randomUUID();
  const otherTenant = randomUUID();

  beforeAll(async () => {
    database = await createTestDatabase();
    db = await openAuditDatabase(database.url);
    dir = await mkdtemp(join(tmpdir(), 'audit-export-'));
    const log = new AuditLog(db, signer);
    for (let i = 0; i < 25; i += 1) {
      await log.append({
        tenantId: i % 5 === 4 ? otherTenant : tenant,
        actor: { kind: i % 2 ? 'token' : 'user', id: i % 2 ? 'tok-1' : 'u-1' },
        action: i % 3 === 0 ? 'review.decide' : 'personal-data.read',
        objectType: 'OdooUser',
        objectIds: [`user-${i % 4}`],
        outcome: i === 7 ? 'denied' : 'success',
      });
    }
    await log.checkpoint();
  }, 60_000);

  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
    await db?.destroy();
    await database?.dispose();
  });

  it('filters in SQL and never crosses tenants', async () => {
    const reads = await queryAuditLog(db, { tenantId: tenant, action: 'personal-data.read', actorId: 'tok-1', first: 500 });
    expect(reads.entries.length).toBeGreaterThan(0);
    expect(reads.entries.every((e) => e.tenantId === tenant && e.action === 'personal-data.read' && e.actor.id === 'tok-1')).toBe(true);
    const object = await queryAuditLog(db, { tenantId: tenant, objectId: 'user-1', first: 500 });
    expect(object.entries.every((e) => e.objectIds.includes('user-1'))).toBe(true);
    expect((await queryAuditLog(db, { tenantId: tenant, outcome: 'denied' })).entries.map((e) => e.outcome)).toEqual(['denied']);
    expect((await queryAuditLog(db, { tenantId: tenant, to: new Date(0) })).entries).toEqual([]);
    expect((await queryAuditLog(db, { tenantId: otherTenant, first: 500 })).entries).toHaveLength(5);
    expect((await queryAuditLog(db, { tenantId: tenant, action: ['review.decide', 'none'], first: 500 })).entries.every((e) => e.action === 'review.decide')).toBe(true);
  });

  it('pages by keyset, newest first by default, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | undefined;
    for (;;) {
      const page = await queryAuditLog(db, { tenantId: tenant, first: 7, after });
      seen.push(...page.entries.map((e) => e.seq));
      if (!page.hasNextPage) break;
      after = page.endCursor ?? undefined;
    }
    expect(seen).toHaveLength(20);
    expect([...seen].sort((a, b) => Number(b) - Number(a))).toEqual(seen);
    const ascending = await queryAuditLog(db, { tenantId: tenant, first: 3, order: 'asc' });
    expect(Number(ascending.entries[0].seq)).toBeLessThan(Number(ascending.entries[2].seq));
    await expect(queryAuditLog(db, { tenantId: tenant, after: "1; drop table audit.entry" })).rejects.toThrow('not a cursor');
    await expect(queryAuditLog(db, { tenantId: tenant, first: 501 })).rejects.toThrow('first must be an integer from 1 to 500');
  });

  it('exports JSON Lines with the checkpoints, and the file verifies offline', async () => {
    const file = join(dir, 'audit.jsonl');
    const out = createWriteStream(file);
    expect(await exportAuditLog(db, out, { tenantId: tenant })).toEqual({ entries: 20, checkpoints: 1 });
    out.end();
    await finished(out);
    const lines = (await readFile(file, 'utf8')).trim().split('\n').map((l) => JSON.parse(l));
    expect(lines[0]).toMatchObject({ type: 'header', format: 'sightline-audit-export/1', tenantId: tenant });
    expect(lines[1]).toMatchObject({ type: 'checkpoint', tenantId: tenant, keyId: signer.keyId });
    expect(await importAndVerify(file, [signer.publicKey])).toEqual({ ok: true, entries: 20, checkpoints: 1 });

    const text = await readFile(file, 'utf8');
    const rows = text.trim().split('\n');
    const tampered = [...rows];
    tampered[5] = tampered[5].replace('"outcome":"success"', '"outcome":"failure"');
    const brokenSeq = JSON.parse(rows[5]).seq;
    expect(await importAndVerify(Readable.from(tampered.join('\n')), [signer.publicKey])).toMatchObject({ ok: false, firstBrokenSeq: brokenSeq });
    const truncated = rows.slice(0, -3).join('\n');
    expect(await importAndVerify(Readable.from(truncated), [signer.publicKey])).toMatchObject({ ok: false, reason: expect.stringContaining('truncated') });
    expect(await importAndVerify(Readable.from(text), [])).toMatchObject({ ok: false, reason: expect.stringContaining('unknown key') });
    const badFile = join(dir, 'bad.jsonl');
    await writeFile(badFile, `${rows[0]}\n{not json\n`);
    expect(await importAndVerify(badFile, [signer.publicKey])).toMatchObject({ ok: false, reason: 'line 2 is not JSON' });
  });
});

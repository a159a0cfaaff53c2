import { generateKeyPairSync, randomBytes } from 'node:crypto';
import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AuditSigner } from './audit-signer';
import { isCheckpointSignatureValid } from './is-checkpoint-signature-valid.util';
import { loadAuditSigningKey } from './load-audit-signing-key.util';

describe('loadAuditSigningKey', () => {
  let dir: string;
  beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'audit-key-'))));
  afterEach(() => rm(dir, { recursive: true, force: true }));

  it('creates a 0600 key file on first use and reads the same key afterwards', async () => {
    const file = join(dir, 'sub', 'audit-signing.key');
    const first = new AuditSigner(await loadAuditSigningKey(undefined, file));
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    const again = new AuditSigner(await loadAuditSigningKey(undefined, file));
    expect(again.keyId).toBe(first.keyId);
    expect(await readFile(file, 'utf8')).toContain('BEGIN PRIVATE KEY');
  });

  it('accepts a configured PEM or base64 seed, and a seed gives a stable key', async () => {
    const pem = generateKeyPairSync('ed25519').privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    expect((await loadAuditSigningKey(pem, join(dir, 'unused'))).asymmetricKeyType).toBe('ed25519');
    const seed = randomBytes(32).toString('base64');
    const a = new AuditSigner(await loadAuditSigningKey(seed, join(dir, 'unused')));
    const b = new AuditSigner(await loadAuditSigningKey(seed, join(dir, 'unused')));
    expect(a.keyId).toBe(b.keyId);
  });

  it('names the variable when the configured key is unusable, without echoing it', async () => {
    await expect(loadAuditSigningKey('c2hvcnQ=', join(dir, 'x'))).rejects.toThrow(
      'SIGHTLINE_AUDIT_SIGNING_KEY: expected an Ed25519 private key (PKCS#8 PEM) or the base64 of a 32-byte seed',
    );
    const rsa = generateKeyPairSync('rsa', { modulusLength: 1024 }).privateKey.export({ type: 'pkcs8', format: 'pem' }).toString();
    await expect(loadAuditSigningKey(rsa, join(dir, 'x'))).rejects.toThrow('expected an Ed25519 key, got rsa');
  });

  it('signs checkpoints that verify with its public key only', async () => {
    const signer = new AuditSigner(await loadAuditSigningKey(undefined, join(dir, 'k')));
    const checkpoint = signer.sign({ tenantId: null, seq: '7', hash: 'a'.repeat(64) });
    expect(isCheckpointSignatureValid(checkpoint, signer.publicKey)).toBe(true);
    expect(isCheckpointSignatureValid({ ...checkpoint, seq: '8' }, signer.publicKey)).toBe(false);
    const other = new AuditSigner(generateKeyPairSync('ed25519').privateKey);
    expect(isCheckpointSignatureValid(checkpoint, other.publicKey)).toBe(false);
  });
});

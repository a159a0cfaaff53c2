import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';

const algorithm = 'aes-256-gcm';
const version = 1;

/**
 * Encrypts credentials at rest with AES-256-GCM. The sealed form is
 * `version (1 byte) | nonce (12) | tag (16) | ciphertext`; `context` (e.g. the source id) is bound
 * as additional data, so a ciphertext copied to another row does not decrypt.
 */
export class SecretBox {
  private constructor(private readonly key: Buffer) {}

  static fromKey(key: Buffer): SecretBox {
    if (key.length !== 32) throw new Error(`a secret key must be 32 bytes, got ${key.length}`);
    return new SecretBox(Buffer.from(key));
  }

  seal(plaintext: string, context: string): Buffer {
    const nonce = randomBytes(12);
    const cipher = createCipheriv(algorithm, this.key, nonce);
    cipher.setAAD(Buffer.from(context, 'utf8'));
    const ciphertext = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    return Buffer.concat([Buffer.from([version]), nonce, cipher.getAuthTag(), ciphertext]);
  }

  open(sealed: Buffer, context: string): string {
    if (sealed.length < 29 || sealed[0] !== version) throw new Error('not a sealed secret of a known version');
    const decipher = createDecipheriv(algorithm, this.key, sealed.subarray(1, 13));
    decipher.setAAD(Buffer.from(context, 'utf8'));
    decipher.setAuthTag(sealed.subarray(13, 29));
    return Buffer.concat([decipher.update(sealed.subarray(29)), decipher.final()]).toString('utf8');
  }

  /** Never print the key. */
  toJSON(): string {
    return '[SecretBox]';
  }
}

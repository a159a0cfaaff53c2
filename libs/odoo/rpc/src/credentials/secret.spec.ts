import { inspect } from 'node:util';
import { redactSecrets } from './redact-secrets.util';
import { Secret } from './secret';

describe('Secret', () => {
  const secret = new Secret('s3cr3t-value');

  it('reveals its value only on request', () => {
    expect(secret.reveal()).toBe('s3cr3t-value');
    for (const text of [String(secret), `${secret}`, JSON.stringify({ secret }), inspect({ secret }, { showHidden: true, depth: 5 })]) {
      expect(text).not.toContain('s3cr3t-value');
      expect(text).toContain('[redacted]');
    }
  });

  it('refuses an empty secret', () => {
    expect(() => new Secret('')).toThrow(TypeError);
  });

  it('scrubs secrets out of text', () => {
    expect(redactSecrets('login failed for s3cr3t-value (s3cr3t-value)', [secret])).toBe('login failed for [redacted] ([redacted])');
  });
});

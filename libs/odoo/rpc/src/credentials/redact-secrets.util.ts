import type { Secret } from './secret';

/** `text` with every occurrence of each secret replaced by `[redacted]`. */
export function redactSecrets(text: string, secrets: readonly Secret[]): string {
  return secrets.reduce((out, secret) => out.split(secret.reveal()).join('[redacted]'), text);
}

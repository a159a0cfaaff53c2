import type { Secret } from '../credentials/secret';
import type { HttpTransport } from '../transport/http-transport';

/** What a protocol needs to talk to one database. */
export interface ProtocolContext {
  readonly transport: HttpTransport;
  readonly database: string;
  readonly login: string;
  readonly secret: Secret;
  readonly timeoutMs: number;
  /** Scrubs credentials out of any text that goes into an error. */
  readonly redact: (text: string) => string;
}

import type { Snapshot } from '@sightline/odoo-model';
import type { TestCredentials } from './test-credentials.type';

export interface OdooTestServerOptions {
  /** The security model to serve (see `buildTestDatabase`). */
  readonly snapshot: Snapshot;
  /** `17.0`, `18.0` or `19.0`; default the snapshot's version. */
  readonly odooVersion?: string;
  /** Default `sightline`. */
  readonly database?: string;
  /** Default login `admin` (a user of the snapshot) with a generated password and API key. */
  readonly credentials?: Partial<TestCredentials>;
  /** Delay before every answer, to make concurrent calls overlap (default 0). */
  readonly latencyMs?: number;
}

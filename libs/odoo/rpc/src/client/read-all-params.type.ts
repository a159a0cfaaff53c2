import type { OdooDomain } from './odoo-domain.type';
import type { OdooReadProgress } from './odoo-read-progress.type';

export interface ReadAllParams {
  readonly domain?: OdooDomain;
  readonly fields: readonly string[];
  readonly context?: Readonly<Record<string, unknown>>;
  /** Records per call (default 1000). */
  readonly pageSize?: number;
  readonly onProgress?: (progress: OdooReadProgress) => void;
}

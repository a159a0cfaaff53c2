import type { OdooDomain } from './odoo-domain.type';

export interface SearchReadParams {
  readonly domain?: OdooDomain;
  readonly fields: readonly string[];
  readonly order?: string;
  readonly limit?: number;
  readonly offset?: number;
  readonly context?: Readonly<Record<string, unknown>>;
}

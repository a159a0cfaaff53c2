import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';

/**
 * Resolves tenant slugs to ids from `inventory.tenant`, which the inventory service owns (read-only
 * here, see README). Tenants are immutable, so ids are cached per process.
 */
export class TenantService {
  private readonly ids = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  async idOf(slug: string): Promise<string> {
    const cached = this.ids.get(slug);
    if (cached) return cached;
    const rows: { id: string }[] = await this.dataSource.query('select id from inventory.tenant where slug = $1', [slug]);
    if (!rows[0]) throw new GraphQLError(`tenant ${slug} does not exist`, { extensions: { code: 'FORBIDDEN' } });
    this.ids.set(slug, rows[0].id);
    return rows[0].id;
  }
}

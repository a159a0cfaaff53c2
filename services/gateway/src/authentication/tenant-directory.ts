import type { DataSource } from 'typeorm';

export interface Tenant {
  id: string;
  slug: string;
}

/** Tenant ids and slugs, from `inventory.tenant` (owned by inventory; read-only here, like exposure). */
export class TenantDirectory {
  private readonly byKey = new Map<string, Tenant>();

  constructor(private readonly db: DataSource) {}

  /** The tenant with this id or slug; tenants are immutable, so answers are cached. */
  async find(idOrSlug: string): Promise<Tenant | null> {
    const cached = this.byKey.get(idOrSlug);
    if (cached) return cached;
    const isUuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(idOrSlug);
    const rows: Tenant[] = await this.db.query(`select id, slug from inventory.tenant where ${isUuid ? 'id = $1::uuid' : 'slug = $1'}`, [idOrSlug]);
    const tenant = rows[0] ?? null;
    if (tenant) {
      this.byKey.set(tenant.id, tenant);
      this.byKey.set(tenant.slug, tenant);
    }
    return tenant;
  }
}

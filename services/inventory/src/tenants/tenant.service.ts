import type { DataSource } from 'typeorm';
import { GraphQLError } from 'graphql';
import { TenantEntity } from '../entities/tenant.entity';

/** Resolves tenant slugs to ids; tenants are few and immutable, so ids are cached per process. */
export class TenantService {
  private readonly ids = new Map<string, string>();

  constructor(private readonly dataSource: DataSource) {}

  async idOf(slug: string): Promise<string> {
    const cached = this.ids.get(slug);
    if (cached) return cached;
    const tenant = await this.dataSource.getRepository(TenantEntity).findOneBy({ slug });
    if (!tenant) throw new GraphQLError(`tenant ${slug} does not exist`, { extensions: { code: 'FORBIDDEN' } });
    this.ids.set(slug, tenant.id);
    return tenant.id;
  }
}

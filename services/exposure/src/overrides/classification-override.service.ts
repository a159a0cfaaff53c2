import type { DataSource, Repository } from 'typeorm';
import { withTenant } from '@sightline/platform-db';
import type { FieldOverride } from '@sightline/privacy-catalog';
import type { OffsetPage } from '@sightline/platform-graphql';
import { ClassificationOverrideEntity } from '../entities/classification-override.entity';

/**
 * A tenant's classification overrides: one decision per (model, field), replaced on write. Every
 * statement acts as the tenant's role, so row-level security backs the tenant condition.
 */
export class ClassificationOverrideService {
  constructor(private readonly dataSource: DataSource) {}

  /** Every override of the tenant, by model and field. */
  list(tenantId: string): Promise<ClassificationOverrideEntity[]> {
    return this.as(tenantId, (repository) => repository.find({ where: { tenantId }, order: { model: 'ASC', field: 'ASC' } }));
  }

  page(tenantId: string, page: OffsetPage): Promise<[ClassificationOverrideEntity[], number]> {
    return this.as(tenantId, (repository) =>
      repository.findAndCount({ where: { tenantId }, order: { model: 'ASC', field: 'ASC' }, skip: page.offset, take: page.limit }),
    );
  }

  put(tenantId: string, override: FieldOverride, reason: string | null): Promise<ClassificationOverrideEntity> {
    const personal = !('personal' in override);
    const categories = 'categories' in override ? [...override.categories] : [];
    const subjects = 'subjects' in override ? [...override.subjects] : [];
    return this.as(tenantId, async (repository) => {
      await repository.upsert(
        { tenantId, model: override.model, field: override.field, personal, categories, subjects, reason, createdAt: new Date() },
        { conflictPaths: ['tenantId', 'model', 'field'] },
      );
      return repository.findOneByOrFail({ tenantId, model: override.model, field: override.field });
    });
  }

  /** Deletes the override and returns it, or null when there was none. */
  remove(tenantId: string, model: string, field: string): Promise<ClassificationOverrideEntity | null> {
    return this.as(tenantId, async (repository) => {
      const existing = await repository.findOneBy({ tenantId, model, field });
      if (existing) await repository.delete({ id: existing.id });
      return existing;
    });
  }

  private as<T>(tenantId: string, work: (repository: Repository<ClassificationOverrideEntity>) => Promise<T>): Promise<T> {
    return withTenant(this.dataSource, tenantId, (db) => work(db.getRepository(ClassificationOverrideEntity)));
  }
}

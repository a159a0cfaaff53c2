import type { DataSource } from 'typeorm';
import type { FieldOverride } from '@sightline/privacy-catalog';
import type { OffsetPage } from '@sightline/platform-graphql';
import { ClassificationOverrideEntity } from '../entities/classification-override.entity';

/** A tenant's classification overrides: one decision per (model, field), replaced on write. */
export class ClassificationOverrideService {
  constructor(private readonly dataSource: DataSource) {}

  private get repository() {
    return this.dataSource.getRepository(ClassificationOverrideEntity);
  }

  /** Every override of the tenant, by model and field. */
  list(tenantId: string): Promise<ClassificationOverrideEntity[]> {
    return this.repository.find({ where: { tenantId }, order: { model: 'ASC', field: 'ASC' } });
  }

  page(tenantId: string, page: OffsetPage): Promise<[ClassificationOverrideEntity[], number]> {
    return this.repository.findAndCount({ where: { tenantId }, order: { model: 'ASC', field: 'ASC' }, skip: page.offset, take: page.limit });
  }

  async put(tenantId: string, override: FieldOverride, reason: string | null): Promise<ClassificationOverrideEntity> {
    const personal = !('personal' in override);
    const categories = 'categories' in override ? [...override.categories] : [];
    const subjects = 'subjects' in override ? [...override.subjects] : [];
    await this.repository.upsert(
      { tenantId, model: override.model, field: override.field, personal, categories, subjects, reason, createdAt: new Date() },
      { conflictPaths: ['tenantId', 'model', 'field'] },
    );
    return this.repository.findOneByOrFail({ tenantId, model: override.model, field: override.field });
  }

  /** Deletes the override and returns it, or null when there was none. */
  async remove(tenantId: string, model: string, field: string): Promise<ClassificationOverrideEntity | null> {
    const existing = await this.repository.findOneBy({ tenantId, model, field });
    if (existing) await this.repository.delete({ id: existing.id });
    return existing;
  }
}

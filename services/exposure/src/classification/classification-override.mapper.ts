import type { ClassificationOverrideEntity } from '../entities/classification-override.entity';
import type { ClassificationOverrideType } from './classification-override.type';

export function toClassificationOverrideType(entity: ClassificationOverrideEntity): ClassificationOverrideType {
  return {
    id: entity.id,
    model: entity.model,
    field: entity.field,
    personal: entity.personal,
    categories: [...entity.categories],
    subjects: [...entity.subjects],
    reason: entity.reason,
    createdAt: entity.createdAt,
  };
}

import type { RecordResolver } from './domain-evaluation-context.type';

/**
 * A resolver for records that are plain objects whose relational fields hold the related objects
 * (or arrays of them): `{ id: 5, user_id: { id: 9 }, tag_ids: [{ id: 1 }] }`.
 */
export const plainObjectResolver: RecordResolver = {
  field(record: unknown, field: string): unknown {
    if (typeof record !== 'object' || record === null || !Object.hasOwn(record, field)) return undefined;
    return (record as Record<string, unknown>)[field];
  },
};

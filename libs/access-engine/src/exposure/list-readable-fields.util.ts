import type { AccessEngine } from '../engine/access-engine';
import { computeUserExposure, type UserExposureOptions } from './compute-user-exposure.util';
import type { FieldExposure } from './field-exposure.type';

/** What user U can read: the classified fields with a read grant. */
export function listReadableFields(engine: AccessEngine, userKey: string, options: UserExposureOptions = {}): FieldExposure[] {
  return computeUserExposure(engine, userKey, options).fields.filter((f) => f.read !== null);
}

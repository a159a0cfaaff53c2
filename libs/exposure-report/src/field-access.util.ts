import type { FieldExposure, FieldGrant } from '@sightline/access-engine';
import type { ExposureAccess, ExposureScope } from './exposure-access.type';

/** Access, scope (of read when allowed, else of write) and the grant those come from. */
export interface FieldAccess {
  readonly access: ExposureAccess;
  readonly scope: ExposureScope;
  readonly grant: FieldGrant;
}

export function fieldAccessOf(exposure: FieldExposure): FieldAccess | null {
  const grant = exposure.read ?? exposure.write;
  if (!grant) return null;
  return { access: exposure.write ? 'write' : 'read', scope: grant.scope.scope, grant };
}

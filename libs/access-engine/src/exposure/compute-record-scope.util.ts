import type { Operation } from '@sightline/odoo-model';
import type { AccessEngine } from '../engine/access-engine';
import type { RecordCount } from '../mirror/record-count.type';
import type { RecordScope } from './field-grant.type';
import { profileRecordCount } from './profile-record-count.util';

/** A user's access to a model for one operation: model permission, record scope and the exact count when mirrored. */
export interface UserModelAccess {
  readonly allowed: boolean;
  readonly scope: RecordScope | null;
  readonly count: RecordCount | null;
}

/** Any model, classified or not: e.g. `hr.employee` read → own-company, 412 of 415. */
export function computeRecordScope(engine: AccessEngine, userKey: string, model: string, operation: Operation): UserModelAccess {
  engine.userOrThrow(userKey);
  const profile = engine.profileOfUser(userKey);
  if (!profile) return { allowed: false, scope: null, count: null };
  const answers = engine.answersForProfile(profile);
  if (!answers.canPerform(model, operation)) return { allowed: false, scope: null, count: null };
  const count = profileRecordCount(engine, profile, userKey, model, operation);
  if (profile.superuser) return { allowed: true, scope: { scope: 'all', exact: true, domain: '[]', explanation: 'all records (superuser)', restrictedBy: [] }, count };
  const result = answers.scope(model, operation);
  const { scope, exact, explanation } = result.classification;
  return { allowed: true, scope: { scope, exact, domain: result.text, explanation, restrictedBy: result.restrictedBy }, count };
}

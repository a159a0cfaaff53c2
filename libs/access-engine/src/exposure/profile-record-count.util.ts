import type { Operation } from '@sightline/odoo-model';
import type { AccessEngine } from '../engine/access-engine';
import type { RecordCount } from '../mirror/record-count.type';
import type { AccessProfile } from '../population/access-profile.type';

/** The records of `model` a user of `profile` reaches for `operation` (all of them for the superuser). */
export function profileRecordCount(engine: AccessEngine, profile: AccessProfile, userKey: string, model: string, operation: Operation): RecordCount {
  if (profile.superuser) return engine.counter.countAll(model);
  const scope = engine.answersForProfile(profile).scope(model, operation);
  return engine.counter.count(scope, { userKey, companyKeys: profile.companyKeys, companyKey: profile.companyKey });
}

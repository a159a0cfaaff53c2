import type { AccessEngine } from '../engine/access-engine';
import type { FieldExposure, UserExposure } from './field-exposure.type';
import type { FieldGrant } from './field-grant.type';
import { profileRecordCount } from './profile-record-count.util';
import { viaPathsOf } from './via-paths.util';

export interface UserExposureOptions {
  /** Evaluate each grant's scope on the mirrored records (`412 of 415`). Default false. */
  readonly counts?: boolean;
}

/**
 * Every classified field the user can read or write, with scope, explanation and implication paths;
 * an inactive user (other than the superuser) gets an empty list.
 */
export function computeUserExposure(engine: AccessEngine, userKey: string, options: UserExposureOptions = {}): UserExposure {
  engine.userOrThrow(userKey);
  const profile = engine.profileOfUser(userKey);
  if (!profile) return { userKey, profileId: -1, superuser: false, fields: [] };
  const answers = engine.answersForProfile(profile);
  const paths = engine.pathsOfUser(userKey)!;
  const withCount = (grant: FieldGrant | null, model: string): FieldGrant | null =>
    grant && options.counts ? { ...grant, count: profileRecordCount(engine, profile, userKey, model, grant.operation) } : grant;
  const fields: FieldExposure[] = [];
  for (const field of engine.classifiedFields) {
    const cell = answers.cell(field);
    if (!cell.read && !cell.write) continue;
    const read = withCount(cell.read, field.model);
    const write = withCount(cell.write, field.model);
    fields.push({ field, read, write, via: viaPathsOf([read, write], paths, engine.groupContext.index) });
  }
  return { userKey, profileId: profile.id, superuser: profile.superuser, fields };
}

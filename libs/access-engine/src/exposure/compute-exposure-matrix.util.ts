import type { AccessEngine } from '../engine/access-engine';
import type { ExposureMatrix, ProfileExposure } from './exposure-matrix.type';
import { profileSummary } from './profile-summary.util';

/** Every user × classified field, computed once per access profile. Complete: no profile or field is left out. */
export function computeExposureMatrix(engine: AccessEngine): ExposureMatrix {
  const members = engine.profileMembers();
  const fields = engine.classifiedFields;
  const profiles: ProfileExposure[] = engine.profiles.map((profile) => {
    const answers = engine.answersForProfile(profile);
    return {
      profile: profileSummary(profile, engine.groupContext.index),
      userKeys: members[profile.id]!.map((i) => engine.users[i]!.key),
      cells: fields.map((field) => answers.cell(field)),
    };
  });
  const withoutAccess = engine.users.filter((_, i) => !engine.profileOfIndex(i)).map((u) => u.key);
  return { fields, profiles: profiles.filter((p) => p.userKeys.length > 0), userKeysWithoutAccess: withoutAccess };
}

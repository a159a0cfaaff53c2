import type { GroupIndex } from '../groups/group-index';
import type { AccessProfile } from '../population/access-profile.type';
import type { ProfileSummary } from './exposure-matrix.type';

export function profileSummary(profile: AccessProfile, index: GroupIndex): ProfileSummary {
  return {
    id: profile.id,
    superuser: profile.superuser,
    userType: profile.userType,
    groupXmlids: profile.groups.toArray().map((bit) => index.xmlidOf(bit)),
    companyKeys: profile.companyKeys,
    companyKey: profile.companyKey,
  };
}

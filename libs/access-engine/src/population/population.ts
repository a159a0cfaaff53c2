import type { User } from '@sightline/odoo-model';
import { GroupSet } from '../bitset/group-set';
import { closureOf } from '../groups/group-closures.util';
import type { AccessProfile, MembershipOrigin } from './access-profile.type';
import type { GroupContext } from './group-context';
import { hasAccess, isSuperuser } from './user-identity.util';
import { userTypeOfGroups } from './user-type-of-groups.util';

const NO_PROFILE = -1;

/**
 * Users → origins (explicit groups) and profiles (effective groups + company context). Immutable:
 * {@link Population.reassigned} returns a copy in which only the given users were recomputed,
 * sharing every existing profile and origin (ids are stable, new ones are appended). Origins hold
 * effective groups: after a change of implications, build a new population.
 */
export class Population {
  private constructor(
    readonly profiles: readonly AccessProfile[],
    private readonly profileIds: ReadonlyMap<string, number>,
    readonly origins: readonly MembershipOrigin[],
    private readonly originIds: ReadonlyMap<string, number>,
    private readonly userProfiles: Int32Array,
    private readonly userOrigins: Int32Array,
  ) {}

  static build(users: readonly User[], context: GroupContext): Population {
    const empty = new Population([], new Map(), [], new Map(), new Int32Array(0), new Int32Array(0));
    return empty.reassigned(users, users.map((_, i) => i), context);
  }

  /** Profile id of a user (by snapshot position), or -1 when the user has no access (inactive). */
  profileOf(userIndex: number): number {
    return this.userProfiles[userIndex] ?? NO_PROFILE;
  }

  originOf(userIndex: number): number {
    return this.userOrigins[userIndex] ?? NO_PROFILE;
  }

  get userCount(): number {
    return this.userProfiles.length;
  }

  /** A population over `users` (same positions, possibly more) with `changed` positions recomputed. */
  reassigned(users: readonly User[], changed: Iterable<number>, context: GroupContext): Population {
    const builder = new PopulationBuilder(this.profiles, this.profileIds, this.origins, this.originIds);
    const userProfiles = grow(this.userProfiles, users.length);
    const userOrigins = grow(this.userOrigins, users.length);
    for (const i of changed) {
      const user = users[i]!;
      const origin = builder.origin(user, context);
      userOrigins[i] = hasAccess(user) ? origin.id : NO_PROFILE;
      userProfiles[i] = hasAccess(user) ? builder.profile(user, origin, context).id : NO_PROFILE;
    }
    return new Population(builder.profiles, builder.profileIds, builder.origins, builder.originIds, userProfiles, userOrigins);
  }
}

function grow(array: Int32Array, length: number): Int32Array {
  const copy = new Int32Array(length).fill(NO_PROFILE);
  copy.set(array.subarray(0, Math.min(array.length, length)));
  return copy;
}

/** Appends profiles and origins, copying the shared arrays and maps on the first append only. */
class PopulationBuilder {
  private ownsProfiles = false;
  private ownsOrigins = false;

  constructor(
    public profiles: readonly AccessProfile[],
    public profileIds: ReadonlyMap<string, number>,
    public origins: readonly MembershipOrigin[],
    public originIds: ReadonlyMap<string, number>,
  ) {}

  origin(user: User, context: GroupContext): MembershipOrigin {
    const explicit = bitsOf(user.groupXmlids, context);
    const stored = context.semantics.groupStorage === 'stored' && user.storedGroupXmlids ? bitsOf(user.storedGroupXmlids, context) : null;
    const key = `${explicit.key()}|${stored ? stored.key() : '-'}`;
    const existing = this.originIds.get(key);
    if (existing !== undefined) return this.origins[existing]!;
    if (!this.ownsOrigins) [this.origins, this.originIds, this.ownsOrigins] = [[...this.origins], new Map(this.originIds), true];
    const effective = stored ?? closureOf(explicit.bits(), context.closures);
    const origin: MembershipOrigin = { id: this.origins.length, key, explicit, stored, effective, effectiveKey: effective.key() };
    (this.origins as MembershipOrigin[]).push(origin);
    (this.originIds as Map<string, number>).set(key, origin.id);
    return origin;
  }

  profile(user: User, origin: MembershipOrigin, context: GroupContext): AccessProfile {
    const superuser = isSuperuser(user);
    const groups = origin.effective;
    const companyKeys = user.companyKeys.length > 1 ? [...new Set(user.companyKeys)].sort() : user.companyKeys;
    const key = superuser ? 'superuser' : `${origin.effectiveKey}|${companyKeys.join(',')}|${user.companyKey ?? ''}`;
    const existing = this.profileIds.get(key);
    if (existing !== undefined) return this.profiles[existing]!;
    if (!this.ownsProfiles) [this.profiles, this.profileIds, this.ownsProfiles] = [[...this.profiles], new Map(this.profileIds), true];
    const profile: AccessProfile = {
      id: this.profiles.length,
      key,
      groups,
      superuser,
      userType: userTypeOfGroups(groups, context.index),
      companyKeys,
      companyKey: user.companyKey,
    };
    (this.profiles as AccessProfile[]).push(profile);
    (this.profileIds as Map<string, number>).set(key, profile.id);
    return profile;
  }
}

function bitsOf(xmlids: readonly string[], context: GroupContext): GroupSet {
  return GroupSet.of(xmlids.map((x) => context.index.bitOf(x)!), context.index.size);
}

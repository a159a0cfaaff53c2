import type { AccessEngine } from '../engine/access-engine';

/** A group the user holds and the implication path from one of their explicit groups. */
export interface HeldGroup {
  readonly groupXmlid: string;
  readonly via: readonly string[];
}

/** The user's effective groups (empty for a user without access), each with its implication path. */
export function computeEffectiveGroups(engine: AccessEngine, userKey: string): HeldGroup[] {
  engine.userOrThrow(userKey);
  const profile = engine.profileOfUser(userKey);
  const paths = engine.pathsOfUser(userKey);
  if (!profile || !paths) return [];
  const { index } = engine.groupContext;
  return profile.groups.toArray().map((bit) => ({ groupXmlid: index.xmlidOf(bit), via: paths.pathTo(bit) }));
}

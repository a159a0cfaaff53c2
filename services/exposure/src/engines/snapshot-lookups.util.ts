import type { User } from '@sightline/odoo-model';
import { UserInputError } from '@sightline/platform-graphql';
import type { SnapshotAnalysis } from './snapshot-analysis.type';

/** The user of the snapshot, or a UserInputError naming the argument. */
export function userOrThrow(analysis: SnapshotAnalysis, userKey: string, argument: string): User {
  const user = analysis.usersByKey.get(userKey);
  if (!user) throw new UserInputError(argument, `no user "${userKey}" in snapshot ${analysis.snapshotId}`);
  return user;
}

export function assertGroup(analysis: SnapshotAnalysis, xmlid: string, argument: string): void {
  if (analysis.engine.groupContext.index.bitOf(xmlid) === undefined || !analysis.snapshot.groups.some((g) => g.xmlid === xmlid)) {
    throw new UserInputError(argument, `no group "${xmlid}" in snapshot ${analysis.snapshotId}`);
  }
}

export function assertModel(analysis: SnapshotAnalysis, model: string, argument: string): void {
  if (!analysis.snapshot.models.some((m) => m.name === model)) {
    throw new UserInputError(argument, `no model "${model}" in snapshot ${analysis.snapshotId}`);
  }
}

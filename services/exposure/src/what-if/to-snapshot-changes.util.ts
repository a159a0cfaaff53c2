import type { SnapshotChange } from '@sightline/access-engine';
import { UserInputError } from '@sightline/platform-graphql';
import { WhatIfChangeKind } from './what-if-change-kind.enum';

export interface WhatIfChangeFields {
  readonly kind: WhatIfChangeKind;
  readonly userKey?: string | null;
  readonly groupXmlid?: string | null;
  readonly impliedXmlid?: string | null;
}

export interface SnapshotNames {
  hasUser(key: string): boolean;
  hasGroup(xmlid: string): boolean;
}

/** Turns API changes into engine changes; every problem is a UserInputError naming `changes[i].<field>`. */
export function toSnapshotChanges(inputs: readonly WhatIfChangeFields[], names: SnapshotNames): SnapshotChange[] {
  if (inputs.length === 0) throw new UserInputError('changes', 'expected at least one change');
  return inputs.map((input, index) => {
    const at = `changes[${index}]`;
    const group = groupOf(input.groupXmlid, `${at}.groupXmlid`, names);
    switch (input.kind) {
      case WhatIfChangeKind.ADD_MEMBERSHIP:
      case WhatIfChangeKind.REMOVE_MEMBERSHIP: {
        if (!input.userKey) throw new UserInputError(`${at}.userKey`, `required for ${input.kind}`);
        if (!names.hasUser(input.userKey)) throw new UserInputError(`${at}.userKey`, `no user "${input.userKey}" in the snapshot`);
        return { kind: input.kind, userKey: input.userKey, groupXmlid: group };
      }
      case WhatIfChangeKind.ADD_IMPLICATION:
      case WhatIfChangeKind.REMOVE_IMPLICATION: {
        const implied = groupOf(input.impliedXmlid, `${at}.impliedXmlid`, names);
        if (implied === group) throw new UserInputError(`${at}.impliedXmlid`, 'a group cannot imply itself');
        return { kind: input.kind, groupXmlid: group, impliedXmlid: implied };
      }
      default:
        throw new UserInputError(`${at}.kind`, `unknown change ${String(input.kind)}`);
    }
  });
}

function groupOf(xmlid: string | null | undefined, argument: string, names: SnapshotNames): string {
  if (!xmlid) throw new UserInputError(argument, 'required');
  if (!names.hasGroup(xmlid)) throw new UserInputError(argument, `no group "${xmlid}" in the snapshot`);
  return xmlid;
}

import { registerEnumType } from 'type-graphql';

export enum WhatIfChangeKind {
  ADD_MEMBERSHIP = 'add-membership',
  REMOVE_MEMBERSHIP = 'remove-membership',
  ADD_IMPLICATION = 'add-implication',
  REMOVE_IMPLICATION = 'remove-implication',
}

registerEnumType(WhatIfChangeKind, { name: 'WhatIfChangeKind' });

import { registerEnumType } from 'type-graphql';

export enum FieldAccess {
  read = 'read',
  write = 'write',
}

registerEnumType(FieldAccess, { name: 'FieldAccess', description: 'An operation on a field: read, or write (which also needs read in practice).' });

import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import { ConnectionType } from '@sightline/platform-graphql';
import type { SnapshotEntity } from '../entities/snapshot.entity';

@ObjectType({ description: 'How many of each kind of record a snapshot holds.' })
export class SnapshotCountsType {
  @Field(() => Int) modules!: number;
  @Field(() => Int) groups!: number;
  @Field(() => Int) users!: number;
  @Field(() => Int) models!: number;
  @Field(() => Int) fields!: number;
  @Field(() => Int) acls!: number;
  @Field(() => Int) rules!: number;
}

@Directive('@key(fields: "id")')
@ObjectType('Snapshot', { description: "An immutable copy of one Odoo database's (or addon trees') security model." })
export class SnapshotType {
  @Field(() => ID)
  id!: string;

  @Field()
  label!: string;

  @Field({ description: '`addons` (read from source trees) or `live` (synced from a running Odoo).' })
  sourceKind!: string;

  @Field()
  odooVersion!: string;

  @Field({ description: 'SHA-256 of the canonical JSON: equal hashes mean equal security models.' })
  contentHash!: string;

  @Field(() => SnapshotCountsType)
  counts!: SnapshotCountsType;

  @Field(() => GraphQLDateTime)
  createdAt!: Date;
}

@ObjectType()
export class SnapshotConnection extends ConnectionType(SnapshotType, 'Snapshot') {}

export function toSnapshotType(entity: SnapshotEntity): SnapshotType {
  const { id, label, sourceKind, odooVersion, contentHash, counts, createdAt } = entity;
  return { id, label, sourceKind, odooVersion, contentHash, counts, createdAt };
}

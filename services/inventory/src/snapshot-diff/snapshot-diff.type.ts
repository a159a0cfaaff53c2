import { Field, Int, ObjectType } from 'type-graphql';
import { GraphQLJSON } from 'graphql-scalars';
import { Can } from '@sightline/platform-graphql';
import { OdooUserChanges } from './odoo-user-changes.middleware';

@ObjectType('SnapshotChange', { description: 'One difference between two snapshots.' })
export class SnapshotChangeType {
  @Field({ description: 'Natural key: XML id, user key, `model/field`, `group -> implied`…' }) key!: string;
  @Field({ description: 'added, removed or changed.' }) change!: string;
  @Field(() => GraphQLJSON, { nullable: true }) before!: unknown;
  @Field(() => GraphQLJSON, { nullable: true }) after!: unknown;
}

@ObjectType('SnapshotDiffCount')
export class SnapshotDiffCountType {
  @Field() collection!: string;
  @Field(() => Int) added!: number;
  @Field(() => Int) removed!: number;
  @Field(() => Int) changed!: number;
}

@ObjectType('SnapshotDiff', { description: 'What changed from one snapshot to another (provenance is not compared).' })
export class SnapshotDiffType {
  @Field() fromId!: string;
  @Field() toId!: string;
  @Field({ description: 'True when the two snapshots grant exactly the same.' }) identical!: boolean;
  @Field(() => [SnapshotDiffCountType]) counts!: SnapshotDiffCountType[];
  @Field(() => [SnapshotChangeType]) modules!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) groups!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) implications!: SnapshotChangeType[];
  @Can('read', 'OdooUser')
  @OdooUserChanges((change) => change.key)
  @Field(() => [SnapshotChangeType], { nullable: true }) users!: SnapshotChangeType[];
  @Can('read', 'OdooUser')
  @OdooUserChanges((change) => change.key.split(' in ')[0])
  @Field(() => [SnapshotChangeType], { nullable: true }) memberships!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) acls!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) rules!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) accessRows!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) models!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) fieldGroups!: SnapshotChangeType[];
  @Field(() => [SnapshotChangeType]) defaultUserGroups!: SnapshotChangeType[];
}

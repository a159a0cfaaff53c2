import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { GraphQLDateTime, GraphQLJSON } from 'graphql-scalars';
import type { AuditEntry } from '@sightline/platform-audit';
import { PageInfo } from '@sightline/platform-graphql';

@ObjectType('AuditActor')
export class AuditActorType {
  @Field({ description: 'user, token, oidc or system.' }) kind!: string;
  @Field() id!: string;
  @Field(() => String, { nullable: true }) name!: string | null;
}

@ObjectType('AuditEntry', { description: 'One entry of the tenant\'s hash-chained audit log.' })
export class AuditEntryType {
  @Field(() => ID, { description: 'The position in the log (decimal).' }) seq!: string;
  @Field(() => GraphQLDateTime) at!: string;
  @Field(() => AuditActorType) actor!: AuditActorType;
  @Field() action!: string;
  @Field(() => String, { nullable: true }) objectType!: string | null;
  @Field(() => [String]) objectIds!: string[];
  @Field(() => GraphQLJSON, { description: 'ip, userAgent, requestId.' }) origin!: unknown;
  @Field({ description: 'success, denied or failure.' }) outcome!: string;
  @Field(() => GraphQLJSON) details!: unknown;
  @Field() prevHash!: string;
  @Field() hash!: string;
}

@ObjectType('AuditEntryEdge')
export class AuditEntryEdgeType {
  @Field(() => AuditEntryType) node!: AuditEntryType;
  @Field() cursor!: string;
}

@ObjectType('AuditEntryConnection', { description: 'Newest first unless order is asc; cursors are positions, so deep pages are as fast as the first.' })
export class AuditEntryConnection {
  @Field(() => [AuditEntryEdgeType]) edges!: AuditEntryEdgeType[];
  @Field(() => PageInfo) pageInfo!: PageInfo;
  /** Counted only when asked for (a getter on the resolver's result). */
  @Field(() => Int, { description: 'Number of entries matching the filter, over all pages.' }) totalCount!: number | Promise<number>;
}

@InputType()
export class AuditLogFilter {
  @Field(() => String, { nullable: true }) actorId?: string;
  @Field(() => String, { nullable: true }) actorKind?: string;
  @Field(() => [String], { nullable: true }) actions?: string[];
  @Field(() => String, { nullable: true }) outcome?: string;
  @Field(() => String, { nullable: true }) objectType?: string;
  @Field(() => String, { nullable: true }) objectId?: string;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Inclusive.' }) from?: Date;
  @Field(() => GraphQLDateTime, { nullable: true, description: 'Exclusive.' }) to?: Date;
}

@ObjectType('AuditLogVerification', { description: 'Every hash link and signed checkpoint of the tenant\'s chain, recomputed.' })
export class AuditLogVerificationType {
  @Field() ok!: boolean;
  @Field(() => Int) entries!: number;
  @Field(() => Int) checkpoints!: number;
  @Field(() => String, { nullable: true, description: 'The first entry from which the log cannot be trusted.' }) firstBrokenSeq!: string | null;
  @Field(() => String, { nullable: true }) reason!: string | null;
}

export function toAuditEntryType(entry: AuditEntry): AuditEntryType {
  return { ...entry, actor: { ...entry.actor, name: entry.actor.name ?? null } };
}

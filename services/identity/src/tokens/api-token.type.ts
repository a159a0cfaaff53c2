import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';
import type { ApiTokenRecord } from '@sightline/platform-auth';
import { ConnectionType } from '@sightline/platform-graphql';

@ObjectType('ApiToken', { description: 'An API token for dashboards and automation; the token itself is shown once, at creation.' })
export class ApiTokenType {
  @Field(() => ID) id!: string;
  @Field() name!: string;
  @Field() role!: string;
  @Field({ description: 'The first characters of the token, to recognise it.' }) prefix!: string;
  @Field(() => String, { nullable: true }) createdBy!: string | null;
  @Field(() => GraphQLDateTime) createdAt!: Date;
  @Field(() => GraphQLDateTime, { nullable: true }) expiresAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) revokedAt!: Date | null;
  @Field(() => GraphQLDateTime, { nullable: true }) lastUsedAt!: Date | null;
}

@ObjectType() export class ApiTokenConnection extends ConnectionType(ApiTokenType, 'ApiToken') {}

@ObjectType('CreatedApiToken')
export class CreatedApiTokenType {
  @Field({ description: 'The secret: store it now, it is never shown again.' }) token!: string;
  @Field(() => ApiTokenType) record!: ApiTokenType;
}

@InputType()
export class CreateApiTokenInput {
  @Field() name!: string;
  @Field({ description: 'admin, privacy-officer, reviewer, auditor, viewer or ci.' }) role!: string;
  @Field(() => GraphQLDateTime, { nullable: true }) expiresAt?: Date | null;
}

export function toApiTokenType(record: ApiTokenRecord): ApiTokenType {
  const { tenantId: _tenantId, ...rest } = record;
  return rest;
}

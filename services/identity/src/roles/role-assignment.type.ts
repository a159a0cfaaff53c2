import { Field, InputType, ObjectType } from 'type-graphql';
import { GraphQLDateTime } from 'graphql-scalars';

@ObjectType('RoleAssignment', { description: 'A role a local user or an OIDC subject holds in this tenant.' })
export class RoleAssignmentType {
  @Field({ description: 'user (local account) or oidc (subject of the identity provider).' }) principalKind!: string;
  @Field() principalId!: string;
  @Field(() => String, { nullable: true, description: 'The local account login.' }) login!: string | null;
  @Field() role!: string;
  @Field(() => String, { nullable: true }) grantedBy!: string | null;
  @Field(() => GraphQLDateTime) grantedAt!: Date;
}

@InputType()
export class RoleAssignmentInput {
  @Field({ description: 'user or oidc.' }) principalKind!: string;
  @Field({ description: 'The login of a local user, or the OIDC subject (`sub`).' }) principal!: string;
  @Field() role!: string;
}

import { Field, ObjectType } from 'type-graphql';

@ObjectType('TenantRoles')
export class TenantRolesType {
  @Field() tenantId!: string;
  @Field(() => String, { nullable: true }) slug!: string | null;
  @Field(() => [String]) roles!: string[];
}

@ObjectType('Me', { description: 'Who the request acts as, in which tenant, with which roles.' })
export class MeType {
  @Field({ description: 'user, token or oidc.' }) kind!: string;
  @Field() id!: string;
  @Field() name!: string;
  @Field() tenantId!: string;
  @Field() tenantSlug!: string;
  @Field(() => [String], { description: 'Roles in the tenant of this request.' }) roles!: string[];
  @Field(() => [TenantRolesType], { description: 'Every tenant the principal belongs to.' }) tenants!: TenantRolesType[];
}

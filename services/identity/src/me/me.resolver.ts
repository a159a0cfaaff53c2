import { Ctx, Query, Resolver } from 'type-graphql';
import { rolesInTenant } from '@sightline/platform-auth';
import { Authenticated } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { MeType } from './principal.type';

@Resolver(() => MeType)
export class MeResolver {
  @Authenticated()
  @Query(() => MeType)
  me(@Ctx() context: RequestContext): MeType {
    const { principal } = context;
    return {
      kind: principal.kind,
      id: principal.id,
      name: principal.name,
      tenantId: context.tenantId,
      tenantSlug: context.tenantSlug,
      roles: rolesInTenant(principal, context.tenantId),
      tenants: principal.tenants.map((membership) => ({ tenantId: membership.tenantId, slug: membership.slug ?? null, roles: membership.roles })),
    };
  }
}

import { randomUUID } from 'node:crypto';
import { gatewayAssertionKey, signGatewayAssertion } from '@sightline/platform-auth';
import type { Principal, PrincipalKind, Role } from '@sightline/platform-auth';
import { gatewayContextHeader } from '@sightline/platform-graphql';
import { queryRows } from '@sightline/platform-db/testing';
import { postGraphQL } from './post-graphql';
import type { GraphQLResponse } from './post-graphql';

export interface ActingAs {
  /** Tenant slug (default: `default`), looked up in inventory.tenant. */
  tenant?: string;
  /** Roles in that tenant (default: privacy-officer, who may read everything in it). */
  roles?: Role[];
  principalId?: string;
  kind?: PrincipalKind;
}

/**
 * Posts to a subgraph served on its own as the gateway would: with a signed assertion of the
 * principal, its roles and the tenant, made with the secret key the subgraph was started with.
 */
export function subgraphClient(url: string, secretKey: Buffer, databaseUrl: string) {
  const key = gatewayAssertionKey(secretKey);
  const tenantIds = new Map<string, string>();
  const tenantId = async (slug: string) => {
    if (!tenantIds.has(slug)) {
      const [row] = await queryRows(databaseUrl, 'select id from inventory.tenant where slug = $1', [slug]);
      if (!row) throw new Error(`test: tenant ${slug} does not exist`);
      tenantIds.set(slug, String(row.id));
    }
    return tenantIds.get(slug)!;
  };
  return {
    async post<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}, as: ActingAs = {}): Promise<GraphQLResponse<T>> { // eslint-disable-line @typescript-eslint/no-explicit-any
      const slug = as.tenant ?? 'default';
      const id = await tenantId(slug);
      const principal: Principal = { kind: as.kind ?? 'user', id: as.principalId ?? 'test-principal', name: 'Test principal', tenants: [{ tenantId: id, slug, roles: as.roles ?? ['privacy-officer'] }] };
      const assertion = signGatewayAssertion({ principal, tenantId: id, tenantSlug: slug, requestId: randomUUID(), origin: { ip: '127.0.0.1' } }, key);
      return postGraphQL<T>(url, query, variables, { [gatewayContextHeader]: assertion });
    },
  };
}

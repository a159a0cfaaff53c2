import { LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import { signGatewayAssertion } from '@sightline/platform-auth';
import type { RequestContext } from '@sightline/platform-graphql';
import { gatewayContextHeader, requestIdHeader } from '@sightline/platform-graphql';

export interface LocalSubgraph {
  name: string;
  schema: GraphQLSchema;
}

export interface SubgraphWiring {
  /** Subgraphs that run in this process. */
  local: LocalSubgraph[];
  /** Subgraph name → URL, for subgraphs that run as separate HTTP services (wins over local). */
  urls: Record<string, string>;
}

/**
 * Picks, per subgraph of the supergraph, the in-process schema (which gets the request context as
 * it is) or the remote HTTP service (which gets the principal and tenant in a signed assertion).
 */
export function subgraphDataSource(name: string, wiring: SubgraphWiring, assertionKey: Buffer): GraphQLDataSource<RequestContext> {
  const url = wiring.urls[name];
  if (url) {
    return new RemoteGraphQLDataSource<RequestContext>({
      url,
      willSendRequest({ request, context }) {
        if (!context?.principal) return;
        request.http?.headers.set(requestIdHeader, context.requestId);
        const { principal, tenantId, tenantSlug, requestId, origin } = context;
        request.http?.headers.set(gatewayContextHeader, signGatewayAssertion({ principal, tenantId, tenantSlug, requestId, origin }, assertionKey));
      },
    });
  }
  const local = wiring.local.find((subgraph) => subgraph.name === name);
  if (!local) {
    throw new Error(
      `subgraph ${name} of the supergraph is neither in this process nor at SIGHTLINE_SUBGRAPH_${name.toUpperCase()}_URL`,
    );
  }
  return new LocalGraphQLDataSource<RequestContext>(local.schema);
}

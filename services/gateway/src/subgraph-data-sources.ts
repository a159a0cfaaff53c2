import { LocalGraphQLDataSource, RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSource } from '@apollo/gateway';
import type { GraphQLSchema } from 'graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { requestIdHeader, tenantHeader } from '@sightline/platform-graphql';

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

/** Picks, per subgraph of the supergraph, the in-process schema or the remote HTTP service. */
export function subgraphDataSource(name: string, wiring: SubgraphWiring): GraphQLDataSource<RequestContext> {
  const url = wiring.urls[name];
  if (url) {
    return new RemoteGraphQLDataSource<RequestContext>({
      url,
      willSendRequest({ request, context }) {
        if (context?.requestId) request.http?.headers.set(requestIdHeader, context.requestId);
        if (context?.tenantSlug) request.http?.headers.set(tenantHeader, context.tenantSlug);
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

export interface GraphQLResponse<T> {
  data?: T;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
}

// Tests walk answers freely (`data!.snapshot.users.edges`): `any` by default keeps them readable.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyData = Record<string, any>;

/** POSTs a GraphQL operation as a client would and returns the parsed body; throws on a non-GraphQL HTTP error. */
export async function postGraphQL<T = AnyData>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<T>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as GraphQLResponse<T>;
  if (!response.ok && !body.errors) throw new Error(`HTTP ${response.status}: ${JSON.stringify(body)}`);
  return body;
}

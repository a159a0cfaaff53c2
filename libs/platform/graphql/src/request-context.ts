/**
 * What every resolver receives. The gateway builds it per request and passes it to in-process
 * subgraphs; remote subgraphs rebuild it from forwarded headers.
 */
export interface RequestContext {
  requestId: string;
  /** The tenant the request acts in; every query is scoped to it. */
  tenantSlug: string;
}

export const tenantHeader = 'x-sightline-tenant';
export const requestIdHeader = 'x-request-id';
export const defaultTenantSlug = 'default';

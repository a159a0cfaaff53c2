import type { Request } from 'express';
import { verifyGatewayAssertion } from '@sightline/platform-auth';
import { createRequestContext, gatewayContextHeader, UnauthenticatedError } from '@sightline/platform-graphql';
import type { ContextFactory } from './create-graphql-app.util';

/**
 * The context of a subgraph that runs as its own service: it trusts only the gateway, which signs
 * the principal and tenant it authenticated with a key derived from the shared secret key.
 */
export function gatewayAssertionContext(assertionKey: Buffer): ContextFactory {
  return async (req: Request) => {
    const verified = verifyGatewayAssertion(req.header(gatewayContextHeader), assertionKey);
    if ('rejected' in verified) throw new UnauthenticatedError(verified.rejected);
    return createRequestContext(verified);
  };
}

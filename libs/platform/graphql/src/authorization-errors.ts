import { GraphQLError } from 'graphql';

/** No credentials, or credentials that do not verify: code UNAUTHENTICATED, HTTP 401. */
export class UnauthenticatedError extends GraphQLError {
  constructor(reason: string) {
    super(`not authenticated: ${reason}`, { extensions: { code: 'UNAUTHENTICATED', http: { status: 401 } } });
  }
}

/**
 * The principal's roles do not allow this: the error names the field (or header) and the missing
 * permission. `httpStatus` only when the whole request is refused (e.g. by the gateway's context).
 */
export class ForbiddenError extends GraphQLError {
  constructor(field: string, reason: string, httpStatus?: number) {
    super(`${field}: ${reason}`, { extensions: { code: 'FORBIDDEN', field, ...(httpStatus ? { http: { status: httpStatus } } : {}) } });
  }
}

import type { ApolloServerPlugin } from '@apollo/server';
import type { AuditEntryInput } from '@sightline/platform-audit';
import type { RequestContext } from '@sightline/platform-graphql';
import type { Logger } from './create-logger.util';

export type AuditAppend = (entries: AuditEntryInput[]) => Promise<void>;

/**
 * Appends what a request recorded in its audit trail (personal data returned, operations refused)
 * before the response leaves. If the audit log cannot take it, the data is not sent: the response
 * becomes an error, since an unrecorded read of personal data is worse than a failed one.
 */
export function auditTrailPlugin(append: AuditAppend, logger: Logger): ApolloServerPlugin<RequestContext> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue: context, operationName, response }) {
          if (!context?.auditTrail || context.auditTrail.isEmpty) return;
          const entries = context.auditTrail.drain({
            tenantId: context.tenantId,
            principal: context.principal,
            requestId: context.requestId,
            origin: context.origin,
            operationName,
          });
          try {
            await append(entries);
          } catch (error) {
            logger.error({ err: error, requestId: context.requestId }, 'audit log append failed; response withheld');
            if (response.body.kind === 'single') {
              response.body.singleResult = { errors: [{ message: 'the audit log is unavailable; nothing was returned', extensions: { code: 'AUDIT_UNAVAILABLE' } }] };
            }
            response.http.status = 503;
          }
        },
      };
    },
  };
}

import type { KeyObject } from 'node:crypto';
import type { GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import type { AuditLog } from '@sightline/platform-audit';
import { ApiTokenService, RoleAssignmentService } from '@sightline/platform-auth';
import { buildFederatedSchema } from '@sightline/platform-graphql';
import { AuditLogResolver } from './audit/audit-log.resolver';
import { MeResolver } from './me/me.resolver';
import { RoleAssignmentResolver } from './roles/role-assignment.resolver';
import { ApiTokenResolver } from './tokens/api-token.resolver';

export interface IdentitySubgraph {
  name: string;
  schema: GraphQLSchema;
}

export interface IdentityOptions {
  /** The auth schema (tokens, local users, role assignments). */
  authDb: DataSource;
  /** The audit schema, read for auditLog and its verification. */
  auditDb: DataSource;
  audit: AuditLog;
  /** Public keys whose checkpoint signatures verification trusts (current and retired). */
  trustedKeys: () => KeyObject[];
}

export const identitySubgraphName = 'identity';

/** Sightline's own access control as a subgraph: who am I, API tokens, role assignments, the audit log. */
export async function createIdentitySubgraph(options: IdentityOptions): Promise<IdentitySubgraph> {
  const instances = new Map<unknown, object>([
    [MeResolver, new MeResolver()],
    [ApiTokenResolver, new ApiTokenResolver(new ApiTokenService(options.authDb), options.audit)],
    [RoleAssignmentResolver, new RoleAssignmentResolver(new RoleAssignmentService(options.authDb), options.audit)],
    [AuditLogResolver, new AuditLogResolver(options.auditDb, options.trustedKeys)],
  ]);
  const schema = await buildFederatedSchema({
    resolvers: [MeResolver, ApiTokenResolver, RoleAssignmentResolver, AuditLogResolver],
    container: { get: (type: unknown) => instances.get(type) },
  });
  return { name: identitySubgraphName, schema };
}

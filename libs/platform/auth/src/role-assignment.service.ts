import type { DataSource, EntityManager } from 'typeorm';
import type { Principal, PrincipalKind, TenantMembership } from './principal';
import type { Role } from './role';
import { isRole } from './role';

type AssignablePrincipal = Exclude<PrincipalKind, 'token'>;

/** Roles of local users and OIDC subjects per tenant (a token carries its one role itself). */
export class RoleAssignmentService {
  constructor(private readonly db: DataSource | EntityManager) {}

  async grant(kind: AssignablePrincipal, principalId: string, tenantId: string, role: Role, grantedBy?: string): Promise<boolean> {
    if (!isRole(role)) throw new Error(`role assignment: unknown role ${JSON.stringify(role)}`);
    const rows: unknown[] = await this.db.query(
      `insert into auth.role_assignment (principal_kind, principal_id, tenant_id, role, granted_by) values ($1, $2, $3, $4, $5)
       on conflict do nothing returning role`,
      [kind, principalId, tenantId, role, grantedBy ?? null],
    );
    return rows.length > 0;
  }

  async revoke(kind: AssignablePrincipal, principalId: string, tenantId: string, role: Role): Promise<boolean> {
    const [, affected]: [unknown[], number] = await this.db.query(
      `delete from auth.role_assignment where principal_kind = $1 and principal_id = $2 and tenant_id = $3 and role = $4`,
      [kind, principalId, tenantId, role],
    );
    return affected > 0;
  }

  async membershipsOf(kind: AssignablePrincipal, principalId: string): Promise<TenantMembership[]> {
    const rows: Array<{ tenant_id: string; role: string }> = await this.db.query(
      `select tenant_id, role from auth.role_assignment where principal_kind = $1 and principal_id = $2 order by tenant_id, role`,
      [kind, principalId],
    );
    const byTenant = new Map<string, Role[]>();
    for (const row of rows) if (isRole(row.role)) byTenant.set(row.tenant_id, [...(byTenant.get(row.tenant_id) ?? []), row.role]);
    return [...byTenant].map(([tenantId, roles]) => ({ tenantId, roles }));
  }

  async principalOf(kind: AssignablePrincipal, id: string, name: string): Promise<Principal> {
    return { kind, id, name, tenants: await this.membershipsOf(kind, id) };
  }
}

import type { DataSource, EntityManager } from 'typeorm';
import type { Principal, PrincipalKind, TenantMembership } from './principal';
import type { Role } from './role';
import { isRole } from './role';

export type AssignablePrincipal = Exclude<PrincipalKind, 'token'>;

export interface RoleAssignmentRecord {
  principalKind: AssignablePrincipal;
  principalId: string;
  login: string | null;
  role: Role;
  grantedBy: string | null;
  grantedAt: Date;
}

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

  /** Every assignment in a tenant, by principal; local users carry their login. */
  async listInTenant(tenantId: string): Promise<RoleAssignmentRecord[]> {
    const rows: Array<{ principal_kind: AssignablePrincipal; principal_id: string; login: string | null; role: string; granted_by: string | null; granted_at: Date }> = await this.db.query(
      `select a.principal_kind, a.principal_id, u.login, a.role, a.granted_by, a.granted_at
       from auth.role_assignment a left join auth.local_user u on a.principal_kind = 'user' and u.id::text = a.principal_id
       where a.tenant_id = $1 order by a.principal_kind, a.principal_id, a.role`,
      [tenantId],
    );
    return rows.filter((row) => isRole(row.role)).map((row) => ({
      principalKind: row.principal_kind, principalId: row.principal_id, login: row.login, role: row.role as Role, grantedBy: row.granted_by, grantedAt: row.granted_at,
    }));
  }

  /** The id of a local user by login, or null. */
  async localUserId(login: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.db.query(`select id from auth.local_user where login = $1`, [login]);
    return rows[0]?.id ?? null;
  }

  /** The id of a local user by login who holds a role in the tenant, or null (also for users of other tenants only). */
  async localUserIdInTenant(login: string, tenantId: string): Promise<string | null> {
    const rows: Array<{ id: string }> = await this.db.query(
      `select u.id from auth.local_user u
       where u.login = $1 and exists (select 1 from auth.role_assignment a where a.principal_kind = 'user' and a.principal_id = u.id::text and a.tenant_id = $2)`,
      [login, tenantId],
    );
    return rows[0]?.id ?? null;
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

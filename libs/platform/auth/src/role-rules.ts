import type { MongoQuery } from './mongo-query-to-sql.util';
import type { Role } from './role';

export const actions = ['read', 'create', 'update', 'delete', 'decide', 'sign-off', 'run', 'export'] as const;
export type Action = (typeof actions)[number];

export const subjects = [
  'Source', 'Credential', 'Settings', 'Snapshot', 'OdooUser', 'OdooGroup', 'Exposure', 'PersonalData',
  'ReviewItem', 'AuditEntry', 'Policy', 'Check', 'Dashboard', 'Token', 'RoleAssignment',
] as const;
export type Subject = (typeof subjects)[number];

/** Fields that identify an Odoo user or reveal what they can see: authorised per field, masked otherwise. */
export const personalDataFields: Partial<Record<Subject, readonly string[]>> = {
  OdooUser: ['login', 'email', 'name'],
  Exposure: ['userLogin', 'userName', 'details'],
  PersonalData: ['value'],
};

/** A rule in CASL's raw form (`createMongoAbility(rules)` takes these as they are). */
export interface RoleRule {
  action: Action | Action[];
  subject: Subject | Subject[];
  fields?: string[];
  /** Required on granting rules (always with the tenant); an inverted rule may omit it to forbid outright. */
  conditions?: MongoQuery;
  inverted?: boolean;
}

export interface RuleContext {
  principalId: string;
  tenantId: string;
}

const everything = [...subjects];
const nonPersonal: Record<'OdooUser' | 'Exposure', string[]> = {
  OdooUser: ['id', 'active', 'share', 'userType', 'groupIds', 'companyIds', 'loginDate'],
  Exposure: ['id', 'field', 'model', 'category', 'operation', 'scope', 'count'],
};

/**
 * One definition per role. Every granting rule is conditioned on the tenant: nothing crosses tenants
 * here, and PostgreSQL row-level security is the second wall.
 */
export const roleRules: Record<Role, (context: RuleContext) => RoleRule[]> = {
  admin: ({ tenantId }) => [
    { action: ['read', 'create', 'update', 'delete'], subject: ['Source', 'Credential', 'Token', 'RoleAssignment'], conditions: { tenantId } },
    // Syncs and imports: the admin runs sources and stores what they produce.
    { action: 'run', subject: 'Source', conditions: { tenantId } },
    { action: 'create', subject: 'Snapshot', conditions: { tenantId } },
    { action: ['read', 'update'], subject: 'Settings', conditions: { tenantId } },
    { action: 'read', subject: ['Snapshot', 'OdooGroup', 'Policy', 'Check', 'Dashboard'], conditions: { tenantId } },
    { action: 'read', subject: 'OdooUser', fields: nonPersonal.OdooUser, conditions: { tenantId } },
  ],
  'privacy-officer': ({ tenantId }) => [
    { action: [...actions], subject: everything, conditions: { tenantId } },
    // The audit log is append-only and written by the system: "everything" stops short of rewriting it.
    // Unconditional, so the type-level check and accessibleWhere() say "never" rather than "no row".
    { action: ['create', 'update', 'delete'], subject: 'AuditEntry', inverted: true },
  ],
  reviewer: ({ tenantId, principalId }) => [
    { action: ['read', 'decide'], subject: 'ReviewItem', conditions: { tenantId, assignedTo: principalId } },
    { action: 'read', subject: ['OdooUser', 'Exposure', 'PersonalData'], conditions: { tenantId, reviewerIds: principalId } },
    { action: 'read', subject: ['OdooGroup', 'Policy', 'Snapshot'], conditions: { tenantId } },
  ],
  auditor: ({ tenantId }) => [
    { action: 'read', subject: everything, conditions: { tenantId } },
    { action: 'export', subject: 'AuditEntry', conditions: { tenantId } },
  ],
  viewer: ({ tenantId }) => [{ action: 'read', subject: ['Dashboard', 'Snapshot', 'OdooGroup', 'Policy', 'Check'], conditions: { tenantId } }],
  ci: ({ tenantId }) => [
    { action: ['run', 'read'], subject: 'Check', conditions: { tenantId } },
    { action: 'read', subject: 'Policy', conditions: { tenantId } },
  ],
};

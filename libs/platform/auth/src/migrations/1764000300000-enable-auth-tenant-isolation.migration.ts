import { tenantIsolationMigration } from '@sightline/platform-db';

/** Row-level security on api_token and role_assignment, for the tenant role services act as. */
export const EnableAuthTenantIsolation1764000300000 = tenantIsolationMigration('auth', 1764000300000);

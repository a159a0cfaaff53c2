import { tenantIsolationMigration } from '@sightline/platform-db';

/** Row-level security on every table with a tenant_id, for the tenant role services act as. */
export const EnableInventoryTenantIsolation1763900300000 = tenantIsolationMigration('inventory', 1763900300000);

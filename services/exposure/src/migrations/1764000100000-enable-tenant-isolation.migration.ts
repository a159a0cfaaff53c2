import { tenantIsolationMigration } from '@sightline/platform-db';

/** Row-level security on every table with a tenant_id, for the tenant role services act as. */
export const EnableExposureTenantIsolation1764000100000 = tenantIsolationMigration('exposure', 1764000100000);

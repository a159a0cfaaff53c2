import { ApiTokenService, openAuthDatabase } from '@sightline/platform-auth';
import type { Role } from '@sightline/platform-auth';
import { queryRows } from '@sightline/platform-db/testing';

/** Issues a real API token (as `sightline token create` does) for a role in a tenant of a running platform. */
export async function issueApiToken(databaseUrl: string, role: Role, tenant = 'default'): Promise<string> {
  const [row] = await queryRows(databaseUrl, 'select id from inventory.tenant where slug = $1', [tenant]);
  if (!row) throw new Error(`test: tenant ${tenant} does not exist`);
  const db = await openAuthDatabase(databaseUrl, 1);
  try {
    const { token } = await new ApiTokenService(db).create({ tenantId: String(row.id), role, name: `test ${role}` });
    return token;
  } finally {
    await db.destroy();
  }
}

export const bearer = (token: string) => ({ authorization: `Bearer ${token}` });

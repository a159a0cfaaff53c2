import { CliError, exitCodes } from '../cli-error';
import { asOperator, tenantIdOf } from '../security/operator-session';
import { parseRole } from './parse-role.util';

export interface CreateTokenOptions {
  name: string;
  role: string;
  tenant: string;
  /** e.g. 90d, 12h; none: no expiry. */
  expiresIn?: string;
}

/** Creates an API token and prints it once on stdout (nothing else goes there, so it can be captured). */
export async function createToken(options: CreateTokenOptions, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  const role = parseRole(options.role);
  const expiresAt = options.expiresIn ? new Date(Date.now() + durationMs(options.expiresIn)) : null;
  return asOperator(async (security, actor) => {
    const tenantId = await tenantIdOf(security, options.tenant);
    const { token, record } = await security.tokens.create({ tenantId, role, name: options.name, expiresAt, createdBy: `${actor.kind}:${actor.id}` });
    await security.audit.append({
      tenantId, actor, action: 'token.create', objectType: 'Token', objectIds: [record.id], outcome: 'success',
      details: { role, name: record.name, prefix: record.prefix, expiresAt: record.expiresAt?.toISOString() ?? null },
    });
    out.write(`${token}\n`);
    err.write(`created API token ${record.prefix}… (${record.id}) with role ${role} in tenant ${options.tenant}${expiresAt ? `, expiring ${expiresAt.toISOString()}` : ''}; it is not shown again\n`);
    return 0;
  });
}

export async function listTokens(tenant: string, out: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security) => {
    const records = await security.tokens.list(await tenantIdOf(security, tenant));
    for (const r of records) {
      const state = r.revokedAt ? 'revoked' : r.expiresAt && r.expiresAt <= new Date() ? 'expired' : 'active';
      out.write(`${r.id}  ${r.prefix}…  ${r.role.padEnd(15)}  ${state.padEnd(7)}  ${r.name}  (last used ${r.lastUsedAt?.toISOString() ?? 'never'})\n`);
    }
    return 0;
  });
}

export async function revokeToken(id: string, tenant: string, out: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security, actor) => {
    const tenantId = await tenantIdOf(security, tenant);
    if (!/^[0-9a-f-]{36}$/i.test(id) || !(await security.tokens.revoke(tenantId, id))) {
      throw new CliError(`no active API token ${id} in tenant ${tenant}`, exitCodes.findings);
    }
    await security.audit.append({ tenantId, actor, action: 'token.revoke', objectType: 'Token', objectIds: [id], outcome: 'success' });
    out.write(`revoked API token ${id}\n`);
    return 0;
  });
}

function durationMs(text: string): number {
  const match = /^(\d{1,5})([hd])$/.exec(text);
  if (!match) throw new CliError('--expires-in: expected a number of hours or days, e.g. 12h or 90d', exitCodes.usage);
  return Number(match[1]) * (match[2] === 'h' ? 3600_000 : 86400_000);
}

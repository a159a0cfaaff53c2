import { CliError, exitCodes } from '../cli-error';
import { asOperator, tenantIdOf } from '../security/operator-session';
import { parseRole } from './parse-role.util';

const loginPattern = /^[a-z0-9][a-z0-9._@-]{0,99}$/;

/** Creates a local user (for sites without OIDC) with a role in a tenant; prints the password once on stdout. */
export async function createUser(login: string, options: { name: string; role: string; tenant: string }, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  if (!loginPattern.test(login)) throw new CliError('login: expected lower-case letters, digits and . _ @ - (at most 100)', exitCodes.usage);
  const role = parseRole(options.role);
  return asOperator(async (security, actor) => {
    const tenantId = await tenantIdOf(security, options.tenant);
    const created = await security.users.create(login, options.name);
    if (!created) throw new CliError(`a local user ${login} exists already (reset its password with \`sightline user reset-password ${login}\`)`, exitCodes.findings);
    await security.roles.grant('user', created.id, tenantId, role, `${actor.kind}:${actor.id}`);
    await security.audit.append({ tenantId, actor, action: 'user.create', objectType: 'RoleAssignment', objectIds: [`user:${created.id}`], outcome: 'success', details: { login, role } });
    out.write(`${created.password}\n`);
    err.write(`created local user ${login} with role ${role} in tenant ${options.tenant}; the password above is not shown again\n`);
    return 0;
  });
}

/** A new random password for a local user (printed once on stdout); their sessions end. */
export async function resetUserPassword(login: string, out: NodeJS.WritableStream, err: NodeJS.WritableStream): Promise<number> {
  return asOperator(async (security, actor) => {
    const reset = await security.users.resetPassword(login);
    if (!reset) throw new CliError(`no local user ${login}`, exitCodes.findings);
    await security.audit.append({ tenantId: null, actor, action: 'user.password-reset', objectType: 'RoleAssignment', objectIds: [`user:${reset.id}`], outcome: 'success', details: { login } });
    out.write(`${reset.password}\n`);
    err.write(`new password for ${login} (not shown again); their sessions have ended\n`);
    return 0;
  });
}

import { isRole, roles } from '@sightline/platform-auth';
import type { Role } from '@sightline/platform-auth';
import { CliError, exitCodes } from '../cli-error';

/** `--role`'s value as a Sightline role; a usage error naming the option and the roles otherwise. */
export function parseRole(value: string): Role {
  if (!isRole(value)) throw new CliError(`--role: expected one of ${roles.join(', ')}`, exitCodes.usage);
  return value;
}

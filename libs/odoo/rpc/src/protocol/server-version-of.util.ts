import { OdooProtocolError } from '../errors/odoo-protocol.error';
import { isPlainObject } from './is-plain-object.util';
import type { OdooServerVersion } from './odoo-server-version.type';

/**
 * Reads `common.version()` (`server_version`, `server_version_info`, `server_serie`) or 19's
 * `/web/version` (`version`, `version_info`).
 */
export function serverVersionOf(value: unknown, endpoint: string): OdooServerVersion {
  const info = isPlainObject(value) ? (value['server_version_info'] ?? value['version_info']) : undefined;
  const version = isPlainObject(value) ? (value['server_version'] ?? value['version']) : undefined;
  if (!Array.isArray(info) || info.length < 2 || typeof version !== 'string') {
    throw new OdooProtocolError(endpoint, 'the version answer lacks server_version / server_version_info');
  }
  const serie = isPlainObject(value) && typeof value['server_serie'] === 'string' ? value['server_serie'] : `${info[0]}.${info[1]}`;
  return { serverVersion: version, serverSerie: serie, versionInfo: info as (number | string)[] };
}

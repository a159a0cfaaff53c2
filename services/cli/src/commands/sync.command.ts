import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { AddonsReadError, ManifestError, readAddonsSnapshot } from '@sightline/odoo-addons';
import { canonicalJson } from '@sightline/odoo-model';
import { OdooClient, OdooRpcError, syncOdooSnapshot } from '@sightline/odoo-rpc';
import type { OdooProtocolKind, OdooReadProgress } from '@sightline/odoo-rpc';
import { PythonSourceError } from '@sightline/odoo-python';
import type { FieldInfo } from '@sightline/odoo-model';
import { CliError, exitCodes } from '../cli-error';
import { addonsPathsOf } from './addons-paths.option';

export interface SyncOptions {
  url: string;
  db: string;
  login: string;
  apiKeyEnv: string;
  protocol: OdooProtocolKind;
  addons?: string[];
  out?: string;
}

/**
 * Reads a live Odoo's security model over its external API into a snapshot. The API key comes from
 * an environment variable (never a flag: flags end up in shell history and process lists).
 */
export async function syncOdoo(
  options: SyncOptions,
  env: NodeJS.ProcessEnv,
  out: NodeJS.WritableStream,
  err: NodeJS.WritableStream & { isTTY?: boolean },
): Promise<number> {
  const secret = env[options.apiKeyEnv];
  if (!secret) throw new CliError(`--api-key-env: ${options.apiKeyEnv} is not set or empty`, exitCodes.usage);
  const fieldGroups = readFieldGroups(options);
  const client = odooClient(options, secret);
  const progress = progressPrinter(err);
  const snapshot = await syncOdooSnapshot({ client, fieldGroups, onProgress: progress.update }).catch((error: unknown) => {
    progress.done();
    if (error instanceof OdooRpcError) throw new CliError(`${options.url}: ${error.message}`, exitCodes.unavailable);
    throw error;
  });
  progress.done();
  const json = canonicalJson(snapshot);
  if (options.out) await writeFile(options.out, json + '\n');
  else out.write(json + '\n');
  err.write(
    `synced Odoo ${snapshot.meta.odooVersion} "${options.db}": ${snapshot.users.length} users, ${snapshot.groups.length} groups, ` +
      `${snapshot.acls.length} ACL rows, ${snapshot.rules.length} rules; ${snapshot.meta.warnings.length} warning(s)` +
      (options.out ? ` → ${options.out}` : '') + '\n',
  );
  return 0;
}

/** The client for --url; a URL it refuses (not absolute, not http(s), credentials in it) is a usage error. */
function odooClient(options: SyncOptions, secret: string): OdooClient {
  try {
    return new OdooClient({ url: options.url, database: options.db, login: options.login, secret, protocol: options.protocol });
  } catch (error) {
    if (error instanceof TypeError) throw new CliError(`--url: ${error.message}`, exitCodes.usage);
    throw error;
  }
}

/** The field groups of --addons (read before connecting: a bad path fails at once, exit 3, one line). */
function readFieldGroups(options: SyncOptions): readonly FieldInfo[] | undefined {
  const paths = addonsPathsOf({ addons: options.addons });
  if (!paths?.length) return undefined;
  try {
    return readAddonsSnapshot({ addonsPaths: paths.map((p) => resolve(p)), mode: 'lenient' }).snapshot.fields;
  } catch (error) {
    if (error instanceof AddonsReadError || error instanceof ManifestError || error instanceof PythonSourceError) {
      throw new CliError(error.message, exitCodes.input);
    }
    throw error;
  }
}

/** One updating line on a terminal, one line per model otherwise (CI logs). */
function progressPrinter(err: NodeJS.WritableStream & { isTTY?: boolean }) {
  let current = '';
  return {
    update(p: OdooReadProgress) {
      const line = `reading ${p.model}: ${p.read}${p.total === null ? '' : ` of ${p.total}`}`;
      if (err.isTTY) err.write(`\r\x1b[K${line}`);
      else if (p.model !== current) err.write(`reading ${p.model}\n`);
      current = p.model;
    },
    done() {
      if (err.isTTY && current) err.write('\r\x1b[K');
    },
  };
}

import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { canonicalJson } from '@sightline/odoo-model';
import { OdooClient, OdooRpcError, syncOdooSnapshot } from '@sightline/odoo-rpc';
import type { OdooProtocolKind, OdooReadProgress } from '@sightline/odoo-rpc';
import { CliError, exitCodes } from '../cli-error';

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
  const client = new OdooClient({ url: options.url, database: options.db, login: options.login, secret, protocol: options.protocol });
  const fieldGroups = options.addons?.length
    ? readAddonsSnapshot({ addonsPaths: options.addons.map((p) => resolve(p)), mode: 'lenient' }).snapshot.fields
    : undefined;
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

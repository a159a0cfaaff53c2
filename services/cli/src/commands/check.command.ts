import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import {
  CheckInputError,
  findRepoRoot,
  formatCheckReport,
  readCheckPolicy,
  runCheck,
  type CheckBase,
  type CheckFormat,
} from '@sightline/ci-gate';
import { splitAddonsPaths } from '@sightline/odoo-addons';
import { CliError, exitCodes } from '../cli-error';
import { requiredAddonsPaths, type AddonsPathsOptions } from './addons-paths.option';

export interface CheckCommandOptions extends AddonsPathsOptions {
  base?: string[];
  baseRef?: string;
  repo?: string;
  baseline?: string;
  baselineWrite?: string;
  install?: string[];
  odooVersion?: string;
  baseOdooVersion?: string;
  policy?: string;
  format: CheckFormat;
  output?: string;
  requireClassification?: boolean;
  strict?: boolean;
}

/**
 * The CI gate: new HR-data access of head against base. Exit 0 none, 1 found, 2 usage, 3 input
 * that could not be read (naming file and line).
 */
export async function checkAddons(options: CheckCommandOptions, toolVersion: string, out: NodeJS.WritableStream & { isTTY?: boolean }): Promise<number> {
  const base = baseOf(options);
  const cwd = process.cwd();
  try {
    const report = runCheck({
      addonsPaths: requiredAddonsPaths(options),
      base,
      install: options.install,
      odooVersion: options.odooVersion,
      baseOdooVersion: options.baseOdooVersion,
      strict: options.strict,
      policy: options.policy ? readCheckPolicy(resolve(options.policy)) : undefined,
      requireClassification: options.requireClassification,
      repoRoot: findRepoRoot(cwd),
      today: new Date().toISOString().slice(0, 10),
      baselineWrite: options.baselineWrite && resolve(options.baselineWrite),
      toolVersion,
    });
    const text = formatCheckReport(report, options.format, !options.output && out.isTTY === true && !process.env['NO_COLOR']);
    if (options.output) await writeFile(options.output, text);
    else out.write(text);
    return report.exitCode === 0 ? 0 : exitCodes.findings;
  } catch (error) {
    if (error instanceof CheckInputError) throw new CliError(error.message, exitCodes.input);
    throw error;
  }
}

function baseOf(options: CheckCommandOptions): CheckBase | undefined {
  const given = [options.base && '--base', options.baseRef && '--base-ref', options.baseline && '--baseline'].filter(Boolean);
  if (given.length > 1) throw new CliError(`give one of --base, --base-ref, --baseline (got ${given.join(', ')})`, exitCodes.usage);
  if (options.repo && !options.baseRef) throw new CliError('--repo goes with --base-ref', exitCodes.usage);
  if (options.base) return { kind: 'paths', addonsPaths: splitAddonsPaths(options.base) };
  if (options.baseRef) return { kind: 'git-ref', ref: options.baseRef, ...(options.repo && { repo: resolve(options.repo) }) };
  if (options.baseline) return { kind: 'baseline', file: resolve(options.baseline) };
  if (!options.baselineWrite) throw new CliError('give the accepted state: --base <paths>, --base-ref <git-ref> or --baseline <file> (or --baseline-write <file>)', exitCodes.usage);
  return undefined;
}

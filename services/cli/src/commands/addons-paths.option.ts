import { ManifestError, readOdooConfigAddonsPaths, splitAddonsPaths } from '@sightline/odoo-addons';
import { CliError, exitCodes } from '../cli-error';

export interface AddonsPathsOptions {
  /** `--addons`: paths, each possibly Odoo's comma-separated `addons_path`. */
  addons?: string[];
  /** `--odoo-config`: an Odoo configuration file whose `addons_path` to read. */
  odooConfig?: string;
}

/**
 * The addons paths a command reads, as Odoo would take them: `--addons` (comma-separated lists
 * accepted) or the `addons_path` of `--odoo-config`; undefined when neither is given.
 * @throws CliError exit 2 when both are given, exit 3 for an unreadable configuration file.
 */
export function addonsPathsOf(options: AddonsPathsOptions): string[] | undefined {
  if (options.addons?.length && options.odooConfig) throw new CliError('give either --addons or --odoo-config, not both', exitCodes.usage);
  if (options.odooConfig) {
    try {
      return readOdooConfigAddonsPaths(options.odooConfig);
    } catch (error) {
      if (error instanceof ManifestError) throw new CliError(error.message, exitCodes.input);
      throw error;
    }
  }
  return options.addons?.length ? splitAddonsPaths(options.addons) : undefined;
}

/** The same, for commands that need addons paths. */
export function requiredAddonsPaths(options: AddonsPathsOptions): string[] {
  const paths = addonsPathsOf(options);
  if (!paths?.length) throw new CliError('give --addons <paths...> or --odoo-config <odoo.conf>', exitCodes.usage);
  return paths;
}

/** `--strict`: what the reader could not follow (modules left out, unreadable Python) fails too. */
export function failOnReadWarnings(warnings: readonly { file?: string; line?: number; column?: number; message: string }[]): void {
  if (warnings.length === 0) return;
  const where = (w: (typeof warnings)[number]) => [w.file, w.line, w.column].filter((part) => part !== undefined && part !== '').join(':');
  throw new CliError(`${warnings.map((w) => `${where(w)}: ${w.message}`).join('\n')}\n${warnings.length} read warning(s), an error with --strict`, exitCodes.input);
}

import { readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { resolve } from 'node:path';
import { ManifestError } from '../manifest/manifest.error';

/**
 * Addons paths as people copy them: each argument may be Odoo's comma-separated `addons_path`
 * (`/opt/odoo/addons,/opt/acme`). Like Odoo, entries are trimmed, `~` is expanded and relative
 * paths are taken from the current directory; empty entries are dropped.
 */
export function splitAddonsPaths(values: readonly string[], cwd: string = process.cwd()): string[] {
  return values
    .flatMap((value) => value.split(','))
    .map((entry) => entry.trim())
    .filter((entry) => entry !== '')
    .map((entry) => resolve(cwd, entry.replace(/^~(?=$|\/)/, homedir())));
}

const SECTION = /^\s*\[([^\]]*)\]\s*$/;
const OPTION = /^([^=:#;\s][^=:]*?)\s*[=:]\s*(.*)$/;

/**
 * The `addons_path` of an Odoo configuration file (`odoo.conf`, section `[options]`), as Odoo's
 * ConfigParser reads it: `key = value` or `key: value`, continuation lines indented, `#`/`;` comments.
 * @throws ManifestError naming the file (and line) when it cannot be read or sets no addons_path.
 */
export function readOdooConfigAddonsPaths(file: string, cwd: string = process.cwd()): string[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ManifestError(file, `cannot read the Odoo configuration: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  const option = addonsPathOption(text);
  if (!option) throw new ManifestError(file, 'no addons_path in the [options] section');
  const paths = splitAddonsPaths([option.value], cwd);
  if (paths.length === 0) throw new ManifestError(file, 'addons_path is empty', option.line);
  return paths;
}

function addonsPathOption(text: string): { value: string; line: number } | undefined {
  let section = '';
  let found: { value: string; line: number } | undefined;
  let continuing = false;
  text.split(/\r?\n/).forEach((raw, index) => {
    if (continuing && /^\s+\S/.test(raw) && !/^\s*[#;]/.test(raw)) {
      found = { ...found!, value: `${found!.value}\n${raw.trim()}` };
      return;
    }
    continuing = false;
    const header = SECTION.exec(raw);
    if (header) return void (section = header[1]!.trim());
    const option = OPTION.exec(raw);
    if (section !== 'options' || !option || option[1]!.trim().toLowerCase() !== 'addons_path') return;
    found = { value: option[2]!.trim(), line: index + 1 };
    continuing = true;
  });
  return found;
}

import type { PythonLogicalLine } from './python-logical-line.type';

/** A relative import: how many packages up (`.` is 0, `..` is 1) and the dotted path below that package. */
export interface PythonRelativeImport {
  readonly up: number;
  readonly path: readonly string[];
}

/** Every spelling Python accepts: `from . import x`, `from .import x`, `from.import x`, `from .a.b import (x, y)`. */
const FROM_IMPORT = /^from[ \t]*(\.+)[ \t]*(?:([A-Za-z_][\w.]*)[ \t]*)?import\b([\s\S]+)$/;
const TYPE_CHECKING_BLOCK = /^if\s+(?:typing\.)?TYPE_CHECKING\s*:\s*$/;

/**
 * The modules a file may load through relative imports, in statement order: for
 * `from .models import hr_employee` both `models` and `models.hr_employee` (the second only
 * matters when it is a submodule). Imports under `if TYPE_CHECKING:` never run and are left out;
 * absolute imports never load files of the same addon in Odoo code.
 */
export function pythonRelativeImports(lines: readonly PythonLogicalLine[]): PythonRelativeImport[] {
  let skipDeeperThan: number | undefined;
  return lines.flatMap((line) => {
    if (skipDeeperThan !== undefined && line.indent > skipDeeperThan) return [];
    skipDeeperThan = TYPE_CHECKING_BLOCK.test(line.text) ? line.indent : undefined;
    const match = FROM_IMPORT.exec(line.text);
    if (!match) return [];
    const up = match[1].length - 1;
    const base = match[2] ? match[2].split('.') : [];
    const names = importedNames(match[3]).map((name) => ({ up, path: [...base, name] }));
    return base.length > 0 ? [{ up, path: base }, ...names] : names;
  });
}

function importedNames(text: string): string[] {
  return text.replace(/[()]/g, ' ').replace(/#[^\n]*/g, ' ').split(',')
    .map((part) => part.trim().split(/\s+/)[0])
    .filter((name) => name !== undefined && /^[A-Za-z_]\w*$/.test(name));
}

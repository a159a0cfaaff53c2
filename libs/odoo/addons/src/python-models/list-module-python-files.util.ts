import { existsSync, readFileSync, statSync } from 'node:fs';
import { basename, join, posix } from 'node:path';
import { PythonSourceError } from '@sightline/odoo-python';
import type { PythonLogicalLine } from './python-logical-line.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import { pythonRelativeImports } from './python-relative-imports.util';
import { splitPythonLogicalLines } from './split-python-logical-lines.util';

/**
 * The Python files Odoo executes when it imports an addon module, as paths inside the module
 * (posix separators), in the order their classes get defined: the files a file imports come
 * before it. Starts at the module's `__init__.py` and follows relative imports only.
 */
export function listModulePythonFiles(moduleDir: string, report?: (diagnostic: PythonModelsDiagnostic) => void): string[] {
  return readModulePythonSources(moduleDir, report).map((source) => source.file);
}

/** A Python file of a module, split into statements once for every reader. */
export interface ModulePythonSource {
  /** Inside the module, posix separators. */
  readonly file: string;
  readonly lines: readonly PythonLogicalLine[];
}

/** The files of {@link listModulePythonFiles}, in the same order, with their statements. */
export function readModulePythonSources(moduleDir: string, report?: (diagnostic: PythonModelsDiagnostic) => void): ModulePythonSource[] {
  const order: ModulePythonSource[] = [];
  const visited = new Set<string>();
  const visit = (file: string): void => {
    if (visited.has(file)) return;
    visited.add(file);
    const lines = logicalLines(moduleDir, file, report);
    if (!lines) return;
    const packageDir = posix.dirname(file);
    for (const target of pythonRelativeImports(lines)) {
      const resolved = resolveModuleFile(moduleDir, packageDir, target.up, target.path);
      if (resolved !== undefined) visit(resolved);
    }
    order.push({ file, lines });
  };
  if (isFile(join(moduleDir, '__init__.py'))) visit('__init__.py');
  return order;
}

/** The file's statements; undefined, reported, when `report` is given and they cannot be split (the file is then left out). */
function logicalLines(moduleDir: string, file: string, report?: (diagnostic: PythonModelsDiagnostic) => void): PythonLogicalLine[] | undefined {
  try {
    // Line breaks made uniform: positions stay the same, and every parser sees plain `\n`.
    return splitPythonLogicalLines(readFileSync(join(moduleDir, file), 'utf8').replace(/\r\n?/g, '\n'), join(moduleDir, file));
  } catch (error) {
    if (!report || !(error instanceof PythonSourceError)) throw error;
    report({ site: { module: basename(moduleDir), file, line: error.line ?? 1 }, message: `file left out, not readable: ${error.message}` });
    return undefined;
  }
}

/** `pkg/name/__init__.py` for a package, `pkg/name.py` for a module, undefined outside the addon or when missing. */
function resolveModuleFile(moduleDir: string, packageDir: string, up: number, path: readonly string[]): string | undefined {
  const segments = packageDir === '.' ? [] : packageDir.split('/');
  if (up > segments.length) return undefined;
  const base = [...segments.slice(0, segments.length - up), ...path].join('/');
  const asPackage = posix.join(base, '__init__.py');
  if (isFile(join(moduleDir, asPackage))) return asPackage;
  return isFile(join(moduleDir, `${base}.py`)) ? `${base}.py` : undefined;
}

function isFile(path: string): boolean {
  return existsSync(path) && statSync(path).isFile();
}

import { PythonSourceError } from '@sightline/odoo-python';
import { pythonClassAttributes } from './python-class-attributes.util';
import type { PythonClassAttributes } from './python-class-attributes.type';
import { pythonClassBody } from './python-class-body.util';
import { pythonClassHeader, type PythonClassHeader } from './python-class-header.util';
import type { PythonModelClass, PythonModelKind } from './python-model-class.type';
import { pythonModelKind } from './python-model-kind.util';
import type { PythonLogicalLine } from './python-logical-line.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import { PythonModuleScope } from './python-module-scope';
import { splitPythonLogicalLines } from './split-python-logical-lines.util';

/** Which file the source comes from: module name and path inside the module; `path` names it in errors. */
export interface PythonSourceOrigin {
  readonly module: string;
  readonly file: string;
  readonly path?: string;
}

/**
 * Reads the Odoo model classes of one Python file: every top-level class with `_name` or `_inherit`
 * (classes built inside functions, like `ir.model`'s custom models, are made at run time), its
 * `_inherits`, `_description` and its `name = fields.Type(...)` declarations, with their lines.
 * Methods and other statements are skipped without being parsed. Classes with `_register = False`
 * are left out, as Odoo leaves them out of the registry. Module-level constants and one-line helpers
 * are evaluated where a class uses them (see {@link PythonModuleScope}).
 * With `report`, a class that cannot be read statically (a `_name` computed at run time…) is left
 * out and reported, and the other classes are read; without it, it throws.
 * @throws PythonSyntaxError / PythonEvaluationError naming file:line:column and the cause.
 */
export function readPythonModelClasses(
  source: string,
  origin: PythonSourceOrigin,
  report?: (diagnostic: PythonModelsDiagnostic) => void,
): PythonModelClass[] {
  const path = origin.path ?? `${origin.module}/${origin.file}`;
  // Line breaks are made uniform first: positions stay the same, and every parser sees plain `\n`.
  return readPythonModelClassesOfLines(splitPythonLogicalLines(source.replace(/\r\n?/g, '\n'), path), origin, report);
}

/** {@link readPythonModelClasses} of a file already split into statements. */
export function readPythonModelClassesOfLines(
  lines: readonly PythonLogicalLine[],
  origin: PythonSourceOrigin,
  report?: (diagnostic: PythonModelsDiagnostic) => void,
): PythonModelClass[] {
  const fileOrigin = { module: origin.module, file: origin.file, path: origin.path ?? `${origin.module}/${origin.file}` };
  const scope = new PythonModuleScope(lines, fileOrigin.path);
  const earlierClasses = new Map<string, PythonModelKind | undefined>();
  const classes: PythonModelClass[] = [];
  lines.forEach((line, index) => {
    if (line.indent > 0 || !line.text.startsWith('class')) return;
    const site = { module: origin.module, file: origin.file, line: line.line };
    try {
      const header = pythonClassHeader(line, fileOrigin.path);
      if (!header) return;
      const attributes = pythonClassAttributes(pythonClassBody(lines, index), fileOrigin, scope);
      const { found, kind } = pythonModelKind(header.bases, earlierClasses);
      if (found) earlierClasses.set(header.className, kind);
      if (!isRegisteredModelClass(header, attributes)) return;
      classes.push(modelClass(header, attributes, kind, site));
    } catch (error) {
      if (!report || !(error instanceof PythonSourceError)) throw error;
      report({ site: { ...site, line: error.line ?? line.line }, message: `class left out, not readable statically: ${error.message}` });
    }
  });
  return classes;
}

function isRegisteredModelClass(header: PythonClassHeader, attributes: PythonClassAttributes): boolean {
  const namesModel = attributes.name !== undefined || attributes.inherit !== undefined;
  return namesModel && header.bases.length > 0 && attributes.register !== false;
}

/** Odoo's rule when `_name` is missing: the single inherited model, else the class name. */
function modelClass(
  header: PythonClassHeader,
  attributes: PythonClassAttributes,
  kind: PythonModelKind | undefined,
  site: PythonModelClass['site'],
): PythonModelClass {
  const inherit = attributes.inherit ?? [];
  const name = attributes.name ?? (inherit.length === 1 ? inherit[0] : header.className);
  return {
    className: header.className,
    site,
    ...(kind === undefined ? {} : { kind }),
    name,
    declaresName: attributes.name !== undefined,
    inherit,
    inherits: attributes.inherits ?? [],
    ...(attributes.description === undefined ? {} : { description: attributes.description }),
    fields: attributes.fields,
  };
}

import { basename, join } from 'node:path';
import { readModulePythonSources } from './list-module-python-files.util';
import { PythonSourceError } from '@sightline/odoo-python';
import type { ModulePythonModels, PythonModelClass } from './python-model-class.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import { readPythonModelClassesOfLines } from './read-python-model-classes.util';

/**
 * Reads the model classes of one addon module directory, in the order Odoo defines them (the
 * import order from the module's `__init__.py`). `module` defaults to the directory's name.
 * @throws PythonSyntaxError / PythonEvaluationError naming the file (full path), line, column and cause.
 */
export function readModulePythonModels(moduleDir: string, module: string = basename(moduleDir)): ModulePythonModels {
  const diagnostics: PythonModelsDiagnostic[] = [];
  const report = (diagnostic: PythonModelsDiagnostic) => void diagnostics.push(diagnostic);
  const classes = readModulePythonSources(moduleDir, report).flatMap(({ file, lines }) => {
    const path = join(moduleDir, file);
    try {
      return readPythonModelClassesOfLines(lines, { module, file, path }, report);
    } catch (error) {
      if (!(error instanceof PythonSourceError)) throw error;
      report({ site: { module, file, line: error.line ?? 1 }, message: `file left out, not readable: ${error.message}` });
      return [];
    }
  });
  return { module, classes, diagnostics: [...diagnostics, ...unresolvedFieldGroups(classes)] };
}

/** `groups=` written as an expression no module-level name explains: the field is taken as unrestricted. */
function unresolvedFieldGroups(classes: readonly PythonModelClass[]): PythonModelsDiagnostic[] {
  return classes.flatMap((cls) =>
    cls.fields
      .filter((field) => field.groups?.unresolved)
      .map((field) => ({ site: field.site, message: `${cls.name}.${field.name}: groups=${field.groups!.text} not evaluable statically (taken as no groups)` })),
  );
}

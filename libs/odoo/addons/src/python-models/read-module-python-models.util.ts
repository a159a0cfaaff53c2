import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { listModulePythonFiles } from './list-module-python-files.util';
import type { ModulePythonModels } from './python-model-class.type';
import { readPythonModelClasses } from './read-python-model-classes.util';

/**
 * Reads the model classes of one addon module directory, in the order Odoo defines them (the
 * import order from the module's `__init__.py`). `module` defaults to the directory's name.
 * @throws PythonSyntaxError / PythonEvaluationError naming the file (full path), line, column and cause.
 */
export function readModulePythonModels(moduleDir: string, module: string = basename(moduleDir)): ModulePythonModels {
  const classes = listModulePythonFiles(moduleDir).flatMap((file) => {
    const path = join(moduleDir, file);
    return readPythonModelClasses(readFileSync(path, 'utf8'), { module, file, path });
  });
  return { module, classes };
}

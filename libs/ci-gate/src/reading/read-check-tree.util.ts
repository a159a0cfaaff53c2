import {
  AddonsReadError,
  ManifestError,
  readAddonsSnapshot,
  type AddonsSnapshot,
  type ReadProblem,
} from '@sightline/odoo-addons';
import type { OdooVersion } from '@sightline/odoo-model';
import { PythonSourceError } from '@sightline/odoo-python';
import { CheckInputError } from './check-input.error';
import { isUnresolvedReference } from './is-unresolved-reference.util';

export interface ReadCheckTreeOptions {
  readonly addonsPaths: readonly string[];
  readonly odooVersion?: string;
  readonly install?: readonly string[];
  /** Warnings fail too: unresolved references, modules left out, Python the reader could not follow. */
  readonly strict?: boolean;
}

export interface CheckTree {
  readonly read: AddonsSnapshot;
  /** Problems that did not stop the reading. */
  readonly warnings: readonly ReadProblem[];
}

/**
 * Reads one side of the comparison. Unreadable manifests, XML, CSV or Python throw a
 * {@link CheckInputError} naming file and line: the gate never passes on input it could not read.
 */
export function readCheckTree(options: ReadCheckTreeOptions): CheckTree {
  const read = readOrThrow(options);
  const unreadable = read.reading.errors.filter((problem) => options.strict || !isUnresolvedReference(problem));
  if (unreadable.length > 0) throw new CheckInputError(unreadable);
  if (options.strict && read.reading.warnings.length > 0) throw new CheckInputError(read.reading.warnings);
  return { read, warnings: [...read.reading.errors, ...read.reading.warnings] };
}

function readOrThrow(options: ReadCheckTreeOptions): AddonsSnapshot {
  try {
    return readAddonsSnapshot({
      addonsPaths: options.addonsPaths,
      odooVersion: options.odooVersion as OdooVersion | undefined,
      install: options.install,
      mode: 'lenient',
    });
  } catch (error) {
    if (error instanceof AddonsReadError) throw new CheckInputError(error.problems);
    if (error instanceof ManifestError) throw new CheckInputError([manifestProblem(error)]);
    if (error instanceof PythonSourceError) {
      throw new CheckInputError([{ file: error.file ?? '<python>', line: error.line, column: error.column, message: error.reason }]);
    }
    throw error;
  }
}

function manifestProblem(error: ManifestError): ReadProblem {
  return { file: error.file, line: error.line, column: error.column, message: error.reason };
}

import type { PythonModelClass } from './python-model-class.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';

/** A Python class as a base of a registry model (Odoo's "definition class"). */
export interface RegistryClassNode {
  readonly node: 'class';
  readonly cls: PythonModelClass;
}

/** A model of the registry (Odoo's "registry class"): its bases are its classes and the models it inherits. */
export interface RegistryModel {
  readonly node: 'model';
  readonly name: string;
  /** Most derived first, like Odoo's `__base_classes`. */
  readonly bases: readonly RegistryBase[];
  /** The class that created the model; undefined when it was never created, or only extended. */
  readonly creator?: PythonModelClass;
  /** False when the model is only referenced (as a parent), never defined or extended. */
  readonly defined: boolean;
  /** Its classes in load order. */
  readonly classes: readonly PythonModelClass[];
}

export type RegistryBase = RegistryClassNode | RegistryModel;

export interface ModelRegistry {
  readonly models: ReadonlyMap<string, RegistryModel>;
  readonly diagnostics: readonly PythonModelsDiagnostic[];
}

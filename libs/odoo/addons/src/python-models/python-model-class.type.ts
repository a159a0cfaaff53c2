import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import type { FieldGroups } from './field-groups.type';
import type { SourceSite } from './source-site.type';

/** The Odoo base class a model class derives from (`models.Model`, …). */
export type PythonModelKind = 'Model' | 'TransientModel' | 'AbstractModel' | 'BaseModel';

/** A class-level `name = fields.Type(...)` declaration. Only the attributes that decide field access are kept. */
export interface PythonFieldDefinition {
  readonly name: string;
  /** The field class: `Char`, `Many2one`, … */
  readonly type: string;
  readonly site: SourceSite;
  /** The related model of a relational field, when written as a literal. */
  readonly comodel?: string;
  /** `related=`: the dotted path, or null when set to a false value (`related=False`). Absent when not given. */
  readonly related?: string | null;
  /** `groups=`: absent when not given; a false value (`groups=False`) gives empty text and no refs. */
  readonly groups?: FieldGroups;
}

/** One Python class of an addon that defines or extends an Odoo model. */
export interface PythonModelClass {
  readonly className: string;
  readonly site: SourceSite;
  /** Undefined when the class derives from a class this reader cannot see (e.g. one imported from another module). */
  readonly kind?: PythonModelKind;
  /** The model it defines or extends: `_name`, or what Odoo infers from `_inherit` and the class name. */
  readonly name: string;
  /** Whether `_name` is written in the class. */
  readonly declaresName: boolean;
  readonly inherit: readonly string[];
  /** `_inherits`: parent model → the Many2one field that points to it, in written order. */
  readonly inherits: ReadonlyArray<readonly [string, string]>;
  readonly description?: string;
  readonly fields: readonly PythonFieldDefinition[];
}

/** The model classes of one addon module, in the order Python imports them. */
export interface ModulePythonModels {
  readonly module: string;
  readonly classes: readonly PythonModelClass[];
  /** Files and classes the reader could not follow statically; the others are read. */
  readonly diagnostics?: readonly PythonModelsDiagnostic[];
}

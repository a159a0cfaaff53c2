/** A field declaration to write. `line` is set when the expected answer names the line it must be on. */
export interface PlannedField {
  readonly name: string;
  readonly type: string;
  readonly label?: string;
  /** A `groups=` string, or an expression written as is (`fields.NO_ACCESS`). */
  readonly groups?: { readonly text: string } | { readonly expression: string };
  readonly related?: string;
  comodel?: string;
  readonly line?: number;
  /** The Many2one that an `_inherits` delegates through. */
  readonly delegation?: boolean;
}

/** A model class to write into `file` of its module. */
export interface PlannedClass {
  readonly module: string;
  readonly model: string;
  /** The Odoo base: `Model`, `TransientModel`, `AbstractModel`, `BaseModel`, or '' for an `AbstractModel` imported by name. */
  readonly kind: string;
  readonly declaresName: boolean;
  readonly description?: string;
  readonly inherit: string[];
  readonly inherits: [string, string][];
  readonly fields: PlannedField[];
  file?: string;
}

/** The classes of one module, in the order the module's files should define them. */
export interface PlannedModule {
  readonly name: string;
  readonly classes: readonly PlannedClass[];
}

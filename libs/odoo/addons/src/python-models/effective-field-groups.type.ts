import type { FieldGroups } from './field-groups.type';
import type { OdooModelInfo } from './odoo-model-info.type';
import type { PythonModelsDiagnostic } from './python-models-diagnostic.type';
import type { SourceSite } from './source-site.type';

/** Where a field's groups come from: its own `groups=`, or the target of its related path (itself possibly related). */
export type GroupsSource =
  | { readonly kind: 'explicit' }
  | {
      readonly kind: 'related';
      readonly path: string;
      readonly target: { readonly model: string; readonly field: string };
      readonly targetSource: GroupsSource;
    };

/** The groups that protect one field of one model, after every module is loaded. */
export interface EffectiveFieldGroups {
  readonly model: string;
  readonly field: string;
  /** The field class of the last definition: `Char`, `Many2one`, … */
  readonly type: string;
  readonly groups: FieldGroups;
  readonly source: GroupsSource;
  /** The field's `related=` path, when it has one (fields created by `_inherits` have `<delegation field>.<name>`). */
  readonly related?: string;
  /** The definition that decided: the one that set `groups=` (explicit) or `related=` (related). */
  readonly definedAt?: SourceSite;
  /** Set for fields that exist on the model only through `_inherits` delegation. */
  readonly inheritedFrom?: { readonly model: string; readonly through: string };
}

/** The result of {@link computeEffectiveFieldGroups}. */
export interface EffectiveFieldGroupsResult {
  readonly models: ReadonlyMap<string, OdooModelInfo>;
  /** Fields with groups, sorted by model then field. */
  readonly fields: readonly EffectiveFieldGroups[];
  readonly diagnostics: readonly PythonModelsDiagnostic[];
}

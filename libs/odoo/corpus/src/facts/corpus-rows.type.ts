/** `models.csv`: one row per class that writes `_name`. */
export interface CorpusModelRow {
  readonly module: string;
  readonly model: string;
  /** `Model`, `TransientModel`, `AbstractModel`, `BaseModel`, or '' when the corpus could not tell. */
  readonly kind: string;
  readonly description: string;
}

/** `field-groups.csv`: one row per field declared with a string `groups=`, under the model its class extends. */
export interface CorpusFieldGroupsRow {
  readonly module: string;
  readonly model: string;
  readonly field: string;
  readonly type: string;
  readonly groups: string;
  readonly string: string;
}

/** `effective-field-groups.csv`: the groups protecting each field of every non-abstract model. */
export interface EffectiveFieldGroupsRow {
  readonly model: string;
  readonly field: string;
  readonly type: string;
  readonly groups: string;
  readonly groups_source: string;
  readonly related: string;
  readonly set_by_module: string;
  readonly set_in_file: string;
  readonly line: string;
  readonly model_declared_by: string;
}

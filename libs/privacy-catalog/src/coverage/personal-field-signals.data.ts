import signals from './data/personal-field-signals.json';

/** A rule on a field's name: any of `match` (stems; `*` = prefix; `_` joins consecutive tokens). */
export interface NameSignal {
  readonly match: readonly string[];
  /** `start`: only at the beginning of the name. */
  readonly at?: string;
  readonly category?: string;
  readonly weight: number;
  readonly label: string;
}

/** A rule on a field's type together with its name. */
export interface TypeSignal extends NameSignal {
  /** Lower-case Odoo field types. */
  readonly types: readonly string[];
}

/** A rule on the groups protecting a field: by module (`hr_*` = prefix) or exact XML id. */
export interface GroupSignal {
  readonly modules?: readonly string[];
  readonly xmlids?: readonly string[];
  readonly weight: number;
  readonly label: string;
}

/** Flags and counts say less than the value itself: name signals on these types are weakened. */
export interface FlagTypes {
  readonly types: readonly string[];
  readonly factor: number;
}

export interface PersonalFieldSignals {
  readonly ignoredFields: readonly string[];
  readonly names: readonly NameSignal[];
  readonly flagTypes: FlagTypes;
  readonly types: readonly TypeSignal[];
  readonly groups: readonly GroupSignal[];
  readonly model: { readonly hrWeight: number; readonly personalWeight: number };
}

/** The shipped heuristics of the coverage report. */
export const PERSONAL_FIELD_SIGNALS: PersonalFieldSignals = signals;

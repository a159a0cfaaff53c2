/** A data category added by the user (origin `custom`). */
export interface CustomCategory {
  readonly key: string;
  readonly label: string;
  readonly description?: string;
  /** Defaults to the longest existing key prefix (`user.health_and_medical` for `user.health_and_medical.allergy`). */
  readonly parent?: string;
  readonly special?: boolean;
  readonly article?: 9 | 10;
}

/** A data subject added by the user. */
export interface CustomSubject {
  readonly key: string;
  readonly label: string;
  readonly description?: string;
  /** Data of this subject counts as HR data. */
  readonly hr?: boolean;
}

/** Declares a field personal, replacing any default decision for it. */
export interface PersonalFieldOverride {
  readonly model: string;
  readonly field: string;
  readonly categories: readonly string[];
  readonly subjects: readonly string[];
}

/** Declares a field not personal, replacing any default decision for it. */
export interface NotPersonalFieldOverride {
  readonly model: string;
  readonly field: string;
  readonly personal: false;
  readonly reason?: string;
}

export type FieldOverride = PersonalFieldOverride | NotPersonalFieldOverride;

/** What a user adds to, or changes in, the default classification (the YAML file's shape). */
export interface ClassificationOverrides {
  /** Where the overrides come from, e.g. the file name; recorded on merged decisions and in errors. */
  readonly source?: string;
  readonly categories?: readonly CustomCategory[];
  readonly subjects?: readonly CustomSubject[];
  readonly fields?: readonly FieldOverride[];
}

import type { ClassifiedField } from './classified-field.type';
import type { FieldGrant } from './field-grant.type';

/** Implication paths: granting group → `[explicit group, …, granting group]`. */
export type ViaPaths = Readonly<Record<string, readonly string[]>>;

/** What one user (or one group's member, for group views) can do with one classified field. */
export interface FieldExposure {
  readonly field: ClassifiedField;
  readonly read: FieldGrant | null;
  readonly write: FieldGrant | null;
  /** For every group named in the explanations: the implication path that gives it. */
  readonly via: ViaPaths;
}

/** A user's exposure: only fields with some access are listed. */
export interface UserExposure {
  readonly userKey: string;
  readonly profileId: number;
  readonly superuser: boolean;
  readonly fields: readonly FieldExposure[];
}

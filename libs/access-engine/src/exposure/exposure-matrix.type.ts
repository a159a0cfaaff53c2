import type { UserType } from '@sightline/odoo-model';
import type { ClassifiedField } from './classified-field.type';
import type { ExposureCell } from './exposure-cell.type';

/** A profile as reported: its effective groups by XML id. */
export interface ProfileSummary {
  readonly id: number;
  readonly superuser: boolean;
  readonly userType: UserType | null;
  readonly groupXmlids: readonly string[];
  readonly companyKeys: readonly string[];
  readonly companyKey: string | null;
}

/** One profile's row of the matrix: `cells[i]` is the exposure of `fields[i]` for every user listed. */
export interface ProfileExposure {
  readonly profile: ProfileSummary;
  readonly userKeys: readonly string[];
  readonly cells: readonly ExposureCell[];
}

/**
 * The whole exposure of a snapshot, users × classified fields, compressed by access profile: every
 * active user appears in exactly one profile. Per-user implication paths: `computeUserExposure`.
 */
export interface ExposureMatrix {
  readonly fields: readonly ClassifiedField[];
  readonly profiles: readonly ProfileExposure[];
  /** Users without access (inactive). */
  readonly userKeysWithoutAccess: readonly string[];
}

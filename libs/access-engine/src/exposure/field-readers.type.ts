import type { DomainScope } from '@sightline/odoo-domain';
import type { ClassifiedField } from './classified-field.type';
import type { ExposureOperation, FieldGrant } from './field-grant.type';

export interface FieldReader {
  readonly userKey: string;
  readonly profileId: number;
  readonly scope: DomainScope;
}

export interface ProfileReaders {
  readonly profileId: number;
  readonly userCount: number;
  readonly grant: FieldGrant;
}

/** Readers holding a group that takes part in their grant (ACL row, admitting field group, matching rule). */
export interface GroupReaders {
  readonly groupXmlid: string;
  readonly userCount: number;
}

/** Who can perform `operation` on a field: every user, and the counts per profile and per group. */
export interface FieldReaders {
  readonly field: ClassifiedField;
  readonly operation: ExposureOperation;
  readonly userCount: number;
  readonly users: readonly FieldReader[];
  readonly byProfile: readonly ProfileReaders[];
  readonly byGroup: readonly GroupReaders[];
}

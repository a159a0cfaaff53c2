import { EXPOSURE_OPERATIONS } from '@sightline/access-engine';
import type { AccessEngine, ClassifiedField, ExposureOperation, FieldGrant } from '@sightline/access-engine';
import { compareStrings } from '@sightline/odoo-model';
import type { OffsetPage } from '@sightline/platform-graphql';
import { exposureMatrixOf } from '../engines/exposure-matrix.util';
import { grantGroupXmlids } from '../grants/grant-groups.util';

/** One user's grant of one operation on one classified field. */
export interface GrantRow {
  readonly userKey: string;
  readonly field: ClassifiedField;
  readonly grant: FieldGrant;
}

export interface GrantQuery {
  readonly fields: (field: ClassifiedField) => boolean;
  readonly userKey?: string | null;
  /** Only grants in which this group takes part. */
  readonly groupXmlid?: string | null;
  readonly access?: ExposureOperation | null;
  /** Only users whose access data the request may read (a reviewer: the subjects assigned to them). */
  readonly readableUser: (userKey: string) => boolean;
}

/**
 * A page of the user × field grants, ordered by user key, model, field, then read before write.
 * Grants are listed per access profile and only the page is materialised, so the total is exact
 * however many users there are.
 */
export function pageGrantRows(engine: AccessEngine, query: GrantQuery, page: OffsetPage): { rows: GrantRow[]; total: number } {
  const matrix = exposureMatrixOf(engine);
  const grantsOfProfile = matrix.profiles.map(({ cells }) => {
    const grants: { field: ClassifiedField; grant: FieldGrant }[] = [];
    matrix.fields.forEach((field, index) => {
      if (!query.fields(field)) return;
      for (const operation of EXPOSURE_OPERATIONS) {
        const grant = cells[index]![operation];
        if (!grant || (query.access && operation !== query.access)) continue;
        if (query.groupXmlid && !grantGroupXmlids(grant).has(query.groupXmlid)) continue;
        grants.push({ field, grant });
      }
    });
    return grants.sort((a, b) => compareStrings(a.field.model, b.field.model) || compareStrings(a.field.field, b.field.field));
  });
  const users = matrix.profiles
    .flatMap((profile, index) => profile.userKeys.map((userKey) => ({ userKey, grants: grantsOfProfile[index]! })))
    .filter((user) => user.grants.length > 0 && (!query.userKey || user.userKey === query.userKey) && query.readableUser(user.userKey))
    .sort((a, b) => compareStrings(a.userKey, b.userKey));
  const rows: GrantRow[] = [];
  let total = 0;
  for (const user of users) {
    const start = Math.max(0, page.offset - total);
    const end = Math.min(user.grants.length, page.offset + page.limit - total);
    for (let i = start; i < end; i++) rows.push({ userKey: user.userKey, ...user.grants[i]! });
    total += user.grants.length;
  }
  return { rows, total };
}

import type { DomainScope } from '@sightline/odoo-domain';
import type { RecordCount } from '../mirror/record-count.type';
import type { GrantExplanation } from './grant-explanation.type';

export type ExposureOperation = 'read' | 'write';

export const EXPOSURE_OPERATIONS: readonly ExposureOperation[] = ['read', 'write'];

/** The records an operation reaches: the combined domain and its classification. */
export interface RecordScope {
  readonly scope: DomainScope;
  /** The domain is exactly the scope (not a further restricted subset). */
  readonly exact: boolean;
  /** XML ids of the rules that restrict the records further than `scope` says (empty when `exact`). */
  readonly restrictedBy: readonly string[];
  /** The combined domain in canonical Odoo text (`[]` = all records). */
  readonly domain: string;
  readonly explanation: string;
}

/** One allowed operation on one field. `count` only on user exposures, when asked for. */
export interface FieldGrant {
  readonly operation: ExposureOperation;
  readonly scope: RecordScope;
  readonly explanation: GrantExplanation;
  readonly count?: RecordCount;
}

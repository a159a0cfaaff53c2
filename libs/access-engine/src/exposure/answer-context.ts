import type { GroupIndex } from '../groups/group-index';
import type { RecordScopes } from '../scope/record-scopes';
import type { AccessTables } from '../tables/access-tables';

/** What profile answers are computed from. */
export interface AnswerContext {
  readonly tables: AccessTables;
  readonly scopes: RecordScopes;
  readonly index: GroupIndex;
  /**
   * Whether `base.group_no_one` counts in field `groups=`: Odoo counts it only in debug mode, which
   * every internal user can switch on. Default true (what a user can reach).
   */
  readonly debugMode: boolean;
}

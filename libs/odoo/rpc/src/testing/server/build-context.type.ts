import type { Snapshot } from '@sightline/odoo-model';
import type { TestDatabase } from './test-database';

/** What the builders share while turning a snapshot into test tables: the ids given so far. */
export interface BuildContext {
  readonly db: TestDatabase;
  readonly snapshot: Snapshot;
  readonly groupIds: Map<string, number>;
  readonly companyIds: Map<string, number>;
  readonly userIds: Map<string, number>;
  readonly modelIds: Map<string, number>;
  /** For each group, the groups it implies, itself excluded (17/18 `trans_implied_ids`). */
  readonly closure: ReadonlyMap<string, ReadonlySet<string>>;
}

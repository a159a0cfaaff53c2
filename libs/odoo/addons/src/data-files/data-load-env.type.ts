import type { RecordWriter } from './records/record.writer';
import type { SecurityDataStore } from './records/security-data.store';

/** What data file readers write to. */
export interface DataLoadEnv {
  readonly writer: RecordWriter;
  readonly store: SecurityDataStore;
}

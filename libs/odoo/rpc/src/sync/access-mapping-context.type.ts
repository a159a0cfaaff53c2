import type { SyncWarnings } from './sync-warnings';
import type { XmlIdIndex } from './xml-id-index';

/** What mapping ACLs and rules needs: XML ids, and the models and groups already mapped. */
export interface AccessMappingContext {
  readonly index: XmlIdIndex;
  readonly warnings: SyncWarnings;
  readonly modelNameById: ReadonlyMap<number, string>;
  readonly groupXmlidById: ReadonlyMap<number, string>;
}

import type { GroupSet } from '../bitset/group-set';
import type { ImplicationGraph } from '../groups/group-closures.util';
import type { GroupIndex } from '../groups/group-index';
import type { OdooSemantics } from '../semantics/odoo-semantics';

/** What turns explicit groups into effective groups. */
export interface GroupContext {
  readonly index: GroupIndex;
  readonly graph: ImplicationGraph;
  readonly closures: readonly GroupSet[];
  readonly semantics: OdooSemantics;
}

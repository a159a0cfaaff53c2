import type { DomainNode } from '@sightline/odoo-domain';
import type { GroupSet } from '../bitset/group-set';

/**
 * A row that scopes an operation on a model to records:
 * - `global`: an `ir.rule` without groups (AND-ed);
 * - `group`: an `ir.rule` with groups (OR-ed with the other matching group rules);
 * - `restriction`: a post-19 `ir.access` row without a group (AND-ed);
 * - `permission`: a post-19 `ir.access` row with a group (OR-ed; it also grants the operation).
 */
export interface CompiledRule {
  readonly kind: 'global' | 'group' | 'restriction' | 'permission';
  readonly xmlid: string;
  readonly name: string;
  readonly model: string;
  readonly groupXmlids: readonly string[];
  /** The bits of `groupXmlids`. */
  readonly mask: GroupSet;
  readonly domain: DomainNode;
  /** The domain as written, or `[]` when it had none. */
  readonly domainText: string;
}

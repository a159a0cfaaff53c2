import type { DomainNode, ScopeClassification } from '@sightline/odoo-domain';
import type { InheritsLink, Operation } from '@sightline/odoo-model';
import type { CompiledRule } from '../tables/compiled-rule.type';

/** A rule that takes part in a combined domain; `through` is set for rules of an `_inherits` parent. */
export interface AppliedRule {
  readonly rule: CompiledRule;
  readonly through: InheritsLink | null;
}

/** The combined record-rule domain of one model and operation for one set of effective groups. */
export interface ScopeResult {
  /** Unique within one engine's scope memo. */
  readonly id: number;
  readonly model: string;
  readonly operation: Operation;
  readonly domain: DomainNode;
  /** `formatDomain(domain)`. */
  readonly text: string;
  readonly classification: ScopeClassification;
  readonly applied: readonly AppliedRule[];
  /** There were group rules for the operation, none of the user's: Odoo leaves the OR part out. */
  readonly groupRulesDropped: boolean;
  /** XML ids of the rules that make the domain narrower than `classification.scope` says (empty when exact). */
  readonly restrictedBy: readonly string[];
}

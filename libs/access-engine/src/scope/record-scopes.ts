import {
  classifyDomainScope, combineAccessDomains, combineRuleDomains, formatDomain, type DomainNode,
} from '@sightline/odoo-domain';
import type { InheritsLink, Operation } from '@sightline/odoo-model';
import type { GroupSet } from '../bitset/group-set';
import type { OdooSemantics } from '../semantics/odoo-semantics';
import type { AccessTables } from '../tables/access-tables';
import type { CompiledRule } from '../tables/compiled-rule.type';
import { restrictingRules } from './restricting-rules.util';
import type { AppliedRule, ScopeResult } from './scope-result.type';

interface Parent {
  readonly link: InheritsLink;
  readonly scope: ScopeResult;
}

/**
 * Combined domains per (model, operation, matching rules), shared by every profile that matches the
 * same rules. Classic (`ir.rule._compute_domain`): AND(globals, parent leaves, OR(matching group
 * rules)), the OR left out when none matches. Post-19 `ir.access`: FALSE without a matching
 * permission, else AND(OR(permissions), restrictions, parent leaves (read only)). An `_inherits`
 * parent adds `(fk, 'any', parent domain)` unless its domain is TRUE (the fk is required).
 */
export class RecordScopes {
  private readonly memo: Map<string, ScopeResult>;
  private nextId: number;

  constructor(
    private readonly tables: AccessTables,
    private readonly semantics: OdooSemantics,
    inherited?: { readonly memo: ReadonlyMap<string, ScopeResult>; readonly nextId: number },
  ) {
    this.memo = new Map(inherited?.memo ?? []);
    this.nextId = inherited?.nextId ?? 0;
  }

  scopeOf(groups: GroupSet, model: string, operation: Operation): ScopeResult {
    return this.resolve(groups, model, operation, new Set());
  }

  /** A memo for changed tables: entries of models outside `affected` stay valid. */
  derive(tables: AccessTables, affected: ReadonlySet<string>): RecordScopes {
    if (tables === this.tables) return this;
    const memo = new Map([...this.memo].filter(([, scope]) => !scopeTouches(scope, affected)));
    return new RecordScopes(tables, this.semantics, { memo, nextId: this.nextId });
  }

  private resolve(groups: GroupSet, model: string, operation: Operation, path: Set<string>): ScopeResult {
    const table = this.tables.model(model);
    const { globals, groupRules } = table.rules[operation];
    const matching = groupRules.filter((rule) => rule.mask.intersects(groups));
    const parents = this.parentsOf(groups, table.inherits, operation, new Set(path).add(model));
    const key = `${model}|${operation}|${matching.map((r) => groupRules.indexOf(r)).join(',')}|${parents.map((p) => p.scope.id).join(',')}`;
    let scope = this.memo.get(key);
    if (!scope) {
      scope = this.combine(model, operation, globals, matching, groupRules.length > 0, parents);
      this.memo.set(key, scope);
    }
    return scope;
  }

  private parentsOf(groups: GroupSet, links: readonly InheritsLink[], operation: Operation, path: Set<string>): Parent[] {
    if (this.semantics.accessModel === 'ir-access' && operation !== 'read') return [];
    return links
      .filter((link) => !path.has(link.parentModel))
      .map((link) => ({ link, scope: this.resolve(groups, link.parentModel, operation, path) }))
      .filter((parent) => parent.scope.domain.kind !== 'true');
  }

  private combine(
    model: string, operation: Operation, globals: readonly CompiledRule[], matching: readonly CompiledRule[],
    hasGroupRules: boolean, parents: readonly Parent[],
  ): ScopeResult {
    const anded = [...globals.map((r) => r.domain), ...parents.map(parentLeaf)];
    const ored = matching.map((r) => r.domain);
    const domain = this.semantics.accessModel === 'ir-access' ? combineAccessDomains(ored, anded) : combineRuleDomains(anded, ored);
    const applied: AppliedRule[] = [
      ...globals.map((rule) => ({ rule, through: null })),
      ...matching.map((rule) => ({ rule, through: null })),
      ...parents.flatMap((p) => p.scope.applied.map((a) => ({ rule: a.rule, through: a.through ?? p.link }))),
    ];
    const groupRulesDropped = this.semantics.accessModel === 'classic' && hasGroupRules && matching.length === 0;
    const classification = classifyDomainScope(domain);
    const restrictedBy = restrictingRules(classification, globals, matching, parents.map((p) => p.scope.restrictedBy));
    return { id: this.nextId++, model, operation, domain, text: formatDomain(domain), classification, applied, groupRulesDropped, restrictedBy };
  }
}

function parentLeaf(parent: Parent): DomainNode {
  return { kind: 'leaf', path: parent.link.field, operator: 'any', value: { kind: 'domain', domain: parent.scope.domain } };
}

function scopeTouches(scope: ScopeResult, models: ReadonlySet<string>): boolean {
  return models.has(scope.model) || scope.applied.some((a) => models.has(a.rule.model));
}

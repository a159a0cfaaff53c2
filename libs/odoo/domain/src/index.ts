export {
  DOMAIN_OPERATORS, type DomainOperator, type DomainNode, type DomainLeaf, type DomainValue, type DomainTrue,
  type DomainFalse, type DomainAnd, type DomainOr, type DomainNot, type DomainSource,
} from './domain-node.type';
export { DomainError } from './domain.error';
export { DOMAIN_TRUE, DOMAIN_FALSE, andDomain, orDomain, notDomain } from './domain.factory';
export { parseDomain } from './parse-domain.util';
export { domainFromValue } from './domain-from-value.util';
export { normalizeDomainOperator } from './normalize-domain-operator.util';
export { simplifyDomain } from './simplify-domain.util';
export { formatDomain } from './format-domain.util';
export { formatDomainValue } from './format-domain-value.util';
export { explainDomain } from './explain-domain.util';
export { combineRuleDomains } from './combine-rule-domains.util';
export { combineAccessDomains } from './combine-access-domains.util';
export { bindDomain } from './bind-domain.util';
export type { RecordResolver, ParentLookup, DomainEvaluationContext } from './domain-evaluation-context.type';
export { plainObjectResolver } from './plain-object-resolver';
export { evaluateDomain } from './evaluate-domain.util';
export { filterRecordsByDomain } from './filter-records-by-domain.util';
export type { DomainScope, ScopeClassification } from './domain-scope.type';
export { classifyDomainScope } from './classify-domain-scope.util';
export { classifyLeafScope, type LeafScope } from './leaf-scope.util';
export { identifyValue, type IdentifiedValue, type ValueIdentity } from './value-identity.util';

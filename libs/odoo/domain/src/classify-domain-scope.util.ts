import type { DomainNode } from './domain-node.type';
import type { DomainScope, ScopeClassification } from './domain-scope.type';
import { explainDomain } from './explain-domain.util';
import { classifyLeafScope } from './leaf-scope.util';
import { simplifyDomain } from './simplify-domain.util';

interface Part {
  readonly scope: DomainScope | 'shared' | 'unassigned';
  readonly exact: boolean;
}

const CUSTOM: Part = { scope: 'custom', exact: false };
/** Narrowest first: an AND is bounded by its narrowest known scope. */
const ORDER: readonly DomainScope[] = ['none', 'own-records', 'own-department', 'own-company', 'all'];

const SUMMARIES: Readonly<Record<DomainScope, string>> = {
  all: 'all records',
  none: 'no records',
  'own-company': "records of the user's companies",
  'own-department': "records of the user's department",
  'own-records': 'records of the user',
  custom: 'custom condition',
};

/**
 * Classifies the reach of a domain symbolically (for any user) as `all`, `own-company`,
 * `own-records`, `own-department`, `none` or `custom`, with `exact` and a short explanation. The
 * rules are documented in the package README. Meant for parsed domains (expression values); the
 * leaves of a bound domain (constants) are `custom`.
 */
export function classifyDomainScope(node: DomainNode): ScopeClassification {
  const simplified = simplifyDomain(node);
  const part = classify(simplified);
  const scope: DomainScope = part.scope === 'shared' || part.scope === 'unassigned' ? 'custom' : part.scope;
  const exact = scope !== 'custom' && part.exact;
  return { scope, exact, explanation: explanation(scope, exact, simplified) };
}

function explanation(scope: DomainScope, exact: boolean, node: DomainNode): string {
  if (scope === 'all' || scope === 'none') return SUMMARIES[scope];
  return `${SUMMARIES[scope]}${exact || scope === 'custom' ? '' : ', further restricted'}: ${explainDomain(node)}`;
}

function classify(node: DomainNode): Part {
  switch (node.kind) {
    case 'true': return { scope: 'all', exact: true };
    case 'false': return { scope: 'none', exact: true };
    case 'leaf': return { scope: classifyLeafScope(node), exact: true };
    case 'not': return notPart(classify(node.child));
    case 'and': return andPart(node.children.map(classify));
    case 'or': return orPart(node.children.map(classify));
  }
}

function notPart(part: Part): Part {
  if (part.scope === 'all') return { scope: 'none', exact: true };
  return part.scope === 'none' ? { scope: 'all', exact: true } : CUSTOM;
}

function andPart(parts: readonly Part[]): Part {
  const none = parts.find((p) => p.scope === 'none');
  if (none) return none;
  const rest = parts.filter((p) => p.scope !== 'all');
  const known = rest.filter((p) => isKnown(p.scope));
  if (known.length === 0) return rest.length === 0 ? { scope: 'all', exact: true } : CUSTOM;
  const scope = known.map((p) => p.scope as DomainScope).reduce((a, b) => (ORDER.indexOf(a) <= ORDER.indexOf(b) ? a : b));
  return { scope, exact: rest.every((p) => p.exact && p.scope === scope) };
}

function orPart(parts: readonly Part[]): Part {
  const all = parts.find((p) => p.scope === 'all');
  if (all) return all;
  const rest = parts.filter((p) => p.scope !== 'none');
  if (rest.length === 0) return { scope: 'none', exact: true };
  const scopes = new Set(rest.map((p) => companionOf(p.scope)));
  if (scopes.size !== 1 || scopes.has('custom')) return CUSTOM;
  const scope = [...scopes][0];
  const main = rest.filter((p) => p.scope === scope);
  return main.length === 0 ? CUSTOM : { scope, exact: rest.every((p) => p.exact) };
}

/** `shared` counts as own-company and `unassigned` as own-records inside an OR. */
function companionOf(scope: Part['scope']): DomainScope {
  if (scope === 'shared') return 'own-company';
  return scope === 'unassigned' ? 'own-records' : scope;
}

function isKnown(scope: Part['scope']): boolean {
  return scope !== 'custom' && scope !== 'shared' && scope !== 'unassigned';
}

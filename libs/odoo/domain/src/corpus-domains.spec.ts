import { classifyDomainScope } from './classify-domain-scope.util';
import type { DomainScope } from './domain-scope.type';
import { explainDomain } from './explain-domain.util';
import { formatDomain } from './format-domain.util';
import { parseDomain } from './parse-domain.util';
import { CORPUS_VERSIONS, corpusAccessDomains, corpusRuleDomains, type CorpusDomain } from './testing/corpus-domains.test-util';

type Summary = Record<DomainScope, number> & { total: number; inexact: number };

function summarise(domains: readonly CorpusDomain[]): Summary {
  const summary: Summary = { total: 0, all: 0, 'own-company': 0, 'own-department': 0, 'own-records': 0, none: 0, custom: 0, inexact: 0 };
  for (const domain of domains) {
    const tree = parseDomain(domain.text, { file: domain.file, line: domain.line, column: domain.column });
    const { scope, exact, explanation } = classifyDomainScope(tree);
    expect(explanation.length).toBeGreaterThan(0);
    expect(explainDomain(tree).length).toBeGreaterThan(0);
    expect(formatDomain(parseDomain(formatDomain(tree)))).toBe(formatDomain(tree));
    summary.total++;
    summary[scope]++;
    if (!exact && scope !== 'custom') summary.inexact++;
  }
  return summary;
}

describe('every record-rule domain of the Odoo corpus parses and classifies', () => {
  // Frozen after reading every classified domain of the corpus (see the README's scope rules).
  const expected: Record<string, Summary> = {
    '17.0': { total: 526, all: 116, 'own-company': 151, 'own-department': 0, 'own-records': 66, none: 2, custom: 191, inexact: 10 },
    '18.0': { total: 584, all: 119, 'own-company': 161, 'own-department': 0, 'own-records': 69, none: 2, custom: 233, inexact: 12 },
    '19.0': { total: 588, all: 123, 'own-company': 159, 'own-department': 0, 'own-records': 67, none: 2, custom: 237, inexact: 9 },
    'post-19': { total: 15, all: 0, 'own-company': 5, 'own-department': 0, 'own-records': 1, none: 0, custom: 9, inexact: 0 },
  };

  it.each(CORPUS_VERSIONS)('%s: every domain_force', (version) => {
    expect(summarise(corpusRuleDomains(version))).toEqual(expected[version]);
  });

  it('post-19: every domain of ir.access.csv', () => {
    expect(summarise(corpusAccessDomains())).toEqual(expected['post-19']);
  });

  it.each([
    ['17.0', 'hr.hr_employee_comp_rule', 'own-company'],
    ['17.0', 'base.res_users_log_rule', 'own-records'],
    ['18.0', 'hr_expense.ir_rule_hr_expense_employee', 'own-records'],
    ['19.0', 'base.res_partner_rule', 'custom'], // partners of internal users are visible in every company
  ])('%s %s is %s', (version, xmlid, scope) => {
    const [, id] = xmlid.split('.');
    const module = xmlid.split('.')[0];
    const domain = corpusRuleDomains(version).find((d) => d.id === id && d.file.startsWith(`${version}/addons/${module}/`));
    expect(domain).toBeDefined();
    expect(classifyDomainScope(parseDomain(domain!.text)).scope).toBe(scope);
  });
});

import { combineAccessDomains } from './combine-access-domains.util';
import { combineRuleDomains } from './combine-rule-domains.util';
import { DOMAIN_FALSE, DOMAIN_TRUE, andDomain, notDomain, orDomain } from './domain.factory';
import { formatDomain } from './format-domain.util';
import { parseDomain } from './parse-domain.util';
import { simplifyDomain } from './simplify-domain.util';

const d = (text: string) => parseDomain(text);
const company = "[('company_id', 'in', company_ids)]";
const own = "[('user_id', '=', user.id)]";
const draft = "[('state', '=', 'draft')]";

describe('combineRuleDomains (ir.rule, 17/18/19)', () => {
  it.each([
    [[], [], '[]'],
    [[company], [], "[('company_id', 'in', company_ids)]"],
    [[company, draft], [], "[('company_id', 'in', company_ids), ('state', '=', 'draft')]"],
    [[], [own], "[('user_id', '=', user.id)]"],
    [[], [own, draft], "['|', ('user_id', '=', user.id), ('state', '=', 'draft')]"],
    [[company], [own, draft], "[('company_id', 'in', company_ids), '|', ('user_id', '=', user.id), ('state', '=', 'draft')]"],
    [[company], [own, '[]'], "[('company_id', 'in', company_ids)]"],
    [[company], [own, "[(1, '=', 1)]"], "[('company_id', 'in', company_ids)]"],
    [[company, "[(0, '=', 1)]"], [own], "[(0, '=', 1)]"],
    [[company, company], [own, own], "[('company_id', 'in', company_ids), ('user_id', '=', user.id)]"],
  ])('globals %j, group rules %j → %s', (globals, groups, expected) => {
    expect(formatDomain(combineRuleDomains(globals.map(d), groups.map(d)))).toBe(expected);
  });
});

describe('combineAccessDomains (post-19 ir.access)', () => {
  it.each([
    [[], [company], "[(0, '=', 1)]"],
    [['[]'], [company], "[('company_id', 'in', company_ids)]"],
    [[own, '[]'], [], '[]'],
    [[own, draft], [company], "['|', ('user_id', '=', user.id), ('state', '=', 'draft'), ('company_id', 'in', company_ids)]"],
  ])('permissions %j, restrictions %j → %s', (permissions, restrictions, expected) => {
    expect(formatDomain(combineAccessDomains(permissions.map(d), restrictions.map(d)))).toBe(expected);
  });
});

describe('domain factory and simplifyDomain', () => {
  const a = d("[('a', '=', 1)]");
  const b = d("[('b', '=', 2)]");

  it.each([
    [andDomain([]), '[]'],
    [orDomain([]), "[(0, '=', 1)]"],
    [andDomain([a]), "[('a', '=', 1)]"],
    [andDomain([andDomain([a, b]), a]), "[('a', '=', 1), ('b', '=', 2), ('a', '=', 1)]"],
    [orDomain([orDomain([a, b]), a]), "['|', '|', ('a', '=', 1), ('b', '=', 2), ('a', '=', 1)]"],
  ])('builds %#', (tree, expected) => {
    expect(formatDomain(tree)).toBe(expected);
  });

  it.each([
    [andDomain([a, DOMAIN_TRUE, b]), "[('a', '=', 1), ('b', '=', 2)]"],
    [andDomain([a, DOMAIN_FALSE]), "[(0, '=', 1)]"],
    [orDomain([a, DOMAIN_FALSE]), "[('a', '=', 1)]"],
    [orDomain([a, DOMAIN_TRUE]), '[]'],
    [notDomain(DOMAIN_TRUE), "[(0, '=', 1)]"],
    [notDomain(DOMAIN_FALSE), '[]'],
    [notDomain(notDomain(a)), "[('a', '=', 1)]"],
    [orDomain([a, a, b]), "['|', ('a', '=', 1), ('b', '=', 2)]"],
    [d("[('x', 'any', [(1, '=', 1), ('a', '=', 1)])]"), "[('x', 'any', [('a', '=', 1)])]"],
  ])('simplifies %#', (tree, expected) => {
    expect(formatDomain(simplifyDomain(tree))).toBe(expected);
  });
});

import { bindDomain } from './bind-domain.util';
import { classifyDomainScope } from './classify-domain-scope.util';
import { combineRuleDomains } from './combine-rule-domains.util';
import { parseDomain } from './parse-domain.util';

const classify = (text: string) => classifyDomainScope(parseDomain(text));

describe('classifyDomainScope', () => {
  describe('each scope rule', () => {
    it.each([
      // all / none
      ['[]', 'all', true],
      ["[(1, '=', 1)]", 'all', true],
      ["[(0, '=', 1)]", 'none', true],
      ["['!', (1, '=', 1)]", 'none', true],
      ["['!', (0, '=', 1)]", 'all', true],
      // own-company: company field compared with the user's companies
      ["[('company_id', 'in', company_ids)]", 'own-company', true],
      ["[('company_id', 'in', company_ids + [False])]", 'own-company', true],
      ["['|', ('company_id', '=', False), ('company_id', 'in', company_ids)]", 'own-company', true],
      ["['|', ('company_id', 'in', company_ids), ('company_id', '=', False)]", 'own-company', true],
      ["[('company_id', 'parent_of', company_ids)]", 'own-company', true],
      ["['|', ('company_id', '=', False), ('company_id', 'child_of', company_ids)]", 'own-company', true],
      ["[('company_id', '=', company_id)]", 'own-company', true],
      ["[('company_ids', 'in', company_ids)]", 'own-company', true],
      ["[('company_id', 'in', user.company_ids.ids)]", 'own-company', true],
      ["[('employee_id.company_id', 'in', company_ids)]", 'own-company', true],
      ["[('id', 'in', company_ids)]", 'own-company', true],
      // own-records: owner fields compared with the user's identity
      ["[('user_id', '=', user.id)]", 'own-records', true],
      ["[('employee_id.user_id', '=', user.id)]", 'own-records', true],
      ["[('create_uid', '=', user.id)]", 'own-records', true],
      ["[('user_ids', 'in', user.id)]", 'own-records', true],
      ["[('user_ids', 'in', [user.id])]", 'own-records', true],
      ["['|', ('user_id', '=', user.id), ('user_id', '=', False)]", 'own-records', true],
      ["[('user_id', 'in', [False, user.id])]", 'own-records', true],
      ["['|', ('user_id', '=', user.id), ('create_uid', '=', user.id)]", 'own-records', true],
      ["[('employee_id', '=', user.employee_id.id)]", 'own-records', true],
      ["[('employee_id', 'in', user.employee_ids.ids)]", 'own-records', true],
      ["[('partner_id', '=', user.partner_id.id)]", 'own-records', true],
      ["[('partner_id', 'child_of', [user.commercial_partner_id.id])]", 'own-records', true],
      ["[('partner_id.commercial_partner_id', '=', user.partner_id.commercial_partner_id.id)]", 'own-records', true],
      ["[('id', '=', user.id)]", 'own-records', true],
      // own-department
      ["[('department_id', '=', user.employee_id.department_id.id)]", 'own-department', true],
      ["[('employee_id.department_id', '=', user.employee_id.department_id.id)]", 'own-department', true],
      ["[('department_id', 'child_of', user.employee_id.department_id.id)]", 'own-department', true],
      ["[('department_id', 'in', user.employee_ids.department_id.ids)]", 'own-department', true],
      // AND: bounded by the narrowest known scope, exact only if nothing else restricts
      ["[('user_id', '=', user.id), ('state', '=', 'draft')]", 'own-records', false],
      ["[('company_id', 'in', company_ids), ('user_id', '=', user.id)]", 'own-records', false],
      ["[('company_id', 'in', company_ids), ('department_id', '=', user.employee_id.department_id.id)]", 'own-department', false],
      ["[('company_id', 'in', company_ids), (1, '=', 1)]", 'own-company', true],
      ["[('company_id', 'in', company_ids), (0, '=', 1)]", 'none', true],
      // OR: all wins, none drops out, same scopes stay, different scopes are custom
      ["['|', ('user_id', '=', user.id), (1, '=', 1)]", 'all', true],
      ["['|', ('user_id', '=', user.id), (0, '=', 1)]", 'own-records', true],
      ["['|', ('user_id', '=', user.id), ('company_id', 'in', company_ids)]", 'custom', false],
      ["['|', ('user_id', '=', user.id), ('state', '=', 'done')]", 'custom', false],
      ["['|', ('company_id', '=', False), ('user_id', '=', user.id)]", 'custom', false],
      // custom
      ["[('company_id', '=', False)]", 'custom', false],
      ["[('user_id', '=', False)]", 'custom', false],
      ["[('website_published', '=', True)]", 'custom', false],
      ["[('message_partner_ids', 'in', [user.partner_id.id])]", 'custom', false],
      ["[('employee_id.parent_id.user_id', '=', user.id)]", 'custom', false],
      ["[('employee_id', 'child_of', user.employee_ids.ids)]", 'custom', false],
      ["[('user_id', '!=', user.id)]", 'custom', false],
      ["[('company_id', 'not in', company_ids)]", 'custom', false],
      ["[('company_id', 'in', [False, website.company_id.id])]", 'custom', false],
      ["[('department_id', '=', user.department_id.id)]", 'custom', false],
      ["[('group_ids', 'in', user.groups_id.ids)]", 'custom', false],
      ["['!', ('user_id', '=', user.id)]", 'custom', false],
    ])('%s → %s (exact: %s)', (text, scope, exact) => {
      expect(classify(text)).toMatchObject({ scope, exact });
    });
  });

  it.each([
    ['[]', 'all records'],
    ["[(0, '=', 1)]", 'no records'],
    ["['|', ('company_id', '=', False), ('company_id', 'in', company_ids)]", "records of the user's companies: company_id is not set OR company_id in company_ids"],
    ["[('employee_id.user_id', '=', user.id), ('state', '=', 'draft')]", "records of the user, further restricted: employee_id.user_id = user.id AND state = 'draft'"],
    ["[('website_published', '=', True)]", 'custom condition: website_published = True'],
  ])('explains %s', (text, explanation) => {
    expect(classify(text).explanation).toBe(explanation);
  });

  it('classifies combined rules: multi-company global AND own-records group rule', () => {
    const combined = combineRuleDomains([parseDomain("[('company_id', 'in', company_ids)]")], [parseDomain("[('user_id', '=', user.id)]")]);
    expect(classifyDomainScope(combined)).toMatchObject({ scope: 'own-records', exact: false });
  });

  it('treats bound (constant) leaves as custom', () => {
    const bound = bindDomain(parseDomain("[('user_id', '=', user.id)]"), { names: { user: { id: 1 } } });
    expect(classifyDomainScope(bound).scope).toBe('custom');
  });
});

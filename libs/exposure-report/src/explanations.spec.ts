import { createSnapshot, type Snapshot } from '@sightline/odoo-model';
import { exposureByField } from './exposure-by-field.util';
import { exposureByGroup } from './exposure-by-group.util';
import { exposureByUser } from './exposure-by-user.util';
import { tinySnapshot } from './testing/tiny-snapshot.test-util';

const ALL_PERMS = { read: true, write: true, create: true, unlink: true };

/**
 * The tiny snapshot plus a team lead implying Employees / Officer and a contract manager (who reads
 * one contract field), with a custom rule keeping the lead's own and subordinate employees.
 */
function leadSnapshot(): Snapshot {
  const tiny = tinySnapshot();
  const group = (xmlid: string, name: string, impliedXmlids: string[]) => ({ ...tiny.groups[0]!, xmlid, name, module: xmlid.split('.')[0]!, impliedXmlids });
  return createSnapshot({
    ...tiny,
    groups: [
      ...tiny.groups,
      group('hr_contract.group_manager', 'Contracts', ['base.group_user']),
      group('acme.group_lead', 'Team lead', ['hr.group_hr_user', 'hr_contract.group_manager']),
    ],
    models: [...tiny.models, { name: 'hr.contract', description: null, kind: 'Model', module: 'hr_contract', inherits: [] }],
    fields: [...tiny.fields, { model: 'hr.contract', name: 'wage', type: 'float', related: null, groups: [], groupsSource: 'none' }],
    acls: [
      ...tiny.acls,
      { xmlid: 'hr_contract.access_manager', name: 'contract manager', model: 'hr.contract', groupXmlid: 'hr_contract.group_manager', perms: ALL_PERMS, active: true, module: 'hr_contract' },
    ],
    rules: [
      ...tiny.rules,
      {
        xmlid: 'acme.rule_lead_team', name: 'Team lead: own team', model: 'hr.employee', groupXmlids: ['acme.group_lead'],
        domain: "['|', ('user_id', '=', user.id), ('id', 'child_of', user.employee_ids.ids)]", perms: ALL_PERMS, active: true, module: 'acme',
        source: { file: 'acme/security/rules.xml', line: 12 },
      },
    ],
    classifications: [...tiny.classifications, { model: 'hr.contract', field: 'wage', categories: ['user.employment.compensation'], subjects: ['employee'] }],
    users: [...tiny.users, { ...tiny.users[2]!, key: 'base.user_dora', xmlid: 'base.user_dora', login: 'user_dora', name: 'Dora', groupXmlids: ['acme.group_lead'] }],
  });
}

const RESTRICTED_BY = [{ xmlid: 'acme.rule_lead_team', name: 'Team lead: own team', location: { file: 'acme/security/rules.xml', line: 12 } }];
const hrOnly = { filter: (c: { model: string }) => c.model !== 'res.partner' };

describe('explanations that point at the real cause', () => {
  it('gives each field its own chain and, as the headline, the chain that grants the most fields', () => {
    const lead = exposureByGroup(leadSnapshot(), hrOnly).groups.find((g) => g.xmlid === 'acme.group_lead')!;
    expect(lead.fields.map((f) => [`${f.model}.${f.field}`, f.via])).toEqual([
      ['hr.contract.wage', ['acme.group_lead', 'hr_contract.group_manager']],
      ['hr.employee.name', ['acme.group_lead', 'hr.group_hr_user']],
      ['hr.employee.private_email', ['acme.group_lead', 'hr.group_hr_user']],
    ]);
    expect(lead.via).toEqual(['acme.group_lead', 'hr.group_hr_user']);
  });

  it('says which rule restricts an own-company scope further, with its file and line', () => {
    const lead = exposureByGroup(leadSnapshot(), hrOnly).groups.find((g) => g.xmlid === 'acme.group_lead')!;
    const email = lead.fields.find((f) => f.field === 'private_email')!;
    expect(email).toMatchObject({ scope: 'own-company', restrictedBy: RESTRICTED_BY });
    expect(lead.fields.find((f) => f.field === 'wage')).not.toHaveProperty('restrictedBy');
    const officer = exposureByGroup(leadSnapshot(), hrOnly).groups.find((g) => g.xmlid === 'hr.group_hr_user')!;
    expect(officer.fields.find((f) => f.field === 'private_email')).not.toHaveProperty('restrictedBy');

    const byField = exposureByField(leadSnapshot(), hrOnly).fields.find((f) => f.field === 'private_email')!;
    expect(byField.groups.find((g) => g.xmlid === 'acme.group_lead')).toMatchObject({ restrictedBy: RESTRICTED_BY });
    expect(byField.users.find((u) => u.key === 'base.user_dora')).toMatchObject({ scope: 'own-company', restrictedBy: RESTRICTED_BY });
    const dora = exposureByUser(leadSnapshot(), hrOnly).users.find((u) => u.key === 'base.user_dora')!;
    expect(dora.fields.find((f) => f.field === 'private_email')).toMatchObject({ restrictedBy: RESTRICTED_BY });
  });
});

import type { GroupExposureReport } from '@sightline/exposure-report';
import { formatExposureCsv } from './exposure-csv.util';
import { formatExposureJson } from './exposure-json.util';
import { formatExposureText } from './exposure-text.util';

const RULE = { xmlid: 'acme.rule_lead_team', name: 'Team lead: own team', location: { file: 'acme/security/rules.xml', line: 12 } };
const VIA_OFFICER = ['acme.group_lead', 'hr.group_hr_user'];

const report: GroupExposureReport = {
  groups: [
    {
      xmlid: 'acme.group_lead', name: 'Team lead', module: 'acme', via: VIA_OFFICER,
      fields: [
        { model: 'hr.contract', field: 'wage', access: 'write', scope: 'all', via: ['acme.group_lead', 'hr_contract.group_manager'], categories: ['user.employment.compensation'], subjects: ['employee'] },
        { model: 'hr.employee', field: 'name', access: 'write', scope: 'own-company', via: VIA_OFFICER, restrictedBy: [RULE], categories: ['user.name'], subjects: ['employee'] },
        { model: 'hr.employee', field: 'private_email', access: 'write', scope: 'own-company', via: VIA_OFFICER, restrictedBy: [RULE], categories: ['user.contact.email'], subjects: ['employee'] },
      ],
    },
  ],
};

describe('exposure outputs: headline chain and further restrictions', () => {
  it('text: the headline chain with its field count, each field its own chain and the restricting rule', () => {
    const text = formatExposureText({ by: 'group', report });
    expect(text).toContain('acme.group_lead — Team lead (3 fields; 2 via acme.group_lead > hr.group_hr_user)');
    expect(text).toContain('  hr.contract.wage  write  all  via acme.group_lead > hr_contract.group_manager');
    expect(text).toContain(
      '  hr.employee.private_email  write  own-company, further restricted by acme.rule_lead_team (Team lead: own team, acme/security/rules.xml:12)  via acme.group_lead > hr.group_hr_user',
    );
  });

  it('json: the group headline `via` and `restrictedBy` added, existing keys unchanged', () => {
    const json = JSON.parse(formatExposureJson({ by: 'group', report }));
    expect(Object.keys(json.groups[0])).toEqual(['xmlid', 'name', 'via', 'fields']);
    expect(json.groups[0].via).toEqual(VIA_OFFICER);
    expect(json.groups[0].fields[0]).toEqual({ model: 'hr.contract', field: 'wage', access: 'write', scope: 'all', via: ['acme.group_lead', 'hr_contract.group_manager'] });
    expect(json.groups[0].fields[2].restrictedBy).toEqual([RULE]);
  });

  it('csv: a restricted_by column appended', () => {
    const lines = formatExposureCsv({ by: 'group', report }).trimEnd().split('\n');
    expect(lines[0]).toBe('group,group_name,model,field,access,scope,via,categories,subjects,restricted_by');
    expect(lines[1]).toBe('acme.group_lead,Team lead,hr.contract,wage,write,all,acme.group_lead > hr_contract.group_manager,user.employment.compensation,employee,');
    expect(lines[3]).toBe('acme.group_lead,Team lead,hr.employee,private_email,write,own-company,acme.group_lead > hr.group_hr_user,user.contact.email,employee,acme.rule_lead_team (acme/security/rules.xml:12)');
  });
});

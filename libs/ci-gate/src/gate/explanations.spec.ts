import type { CheckFinding, FindingField } from '../model/check-finding.type';
import type { CheckReport } from '../model/check-report.type';
import { formatText } from '../format/format-text.util';
import { ACL_HEADER, lineOf, manifestText, odooXmlText, STOCK_TREE, writeTree, type AddonFiles, type AddonTree } from '../testing/explanation-trees.test-util';
import { runCheck } from './run-check.util';

const trees: AddonTree[] = [];
afterAll(() => trees.forEach((t) => t.remove()));

/** `check` of head against base, file locations relative to the head addons path. */
function check(base: AddonFiles, head: AddonFiles): CheckReport {
  const [b, h] = [writeTree(base), writeTree(head)];
  trees.push(b, h);
  return runCheck({
    addonsPaths: [h.addonsPath], base: { kind: 'paths', addonsPaths: [b.addonsPath] }, odooVersion: '17.0',
    repoRoot: h.addonsPath, today: '2025-01-01', toolVersion: 'test',
  });
}

const findingOf = (report: CheckReport, rule: string, test: (f: CheckFinding) => boolean) => report.findings.find((f) => f.rule === rule && test(f));
const fieldOf = (finding: CheckFinding | undefined, model: string, field: string): FindingField | undefined => finding?.fields.find((f) => f.model === model && f.field === field);

/** A team lead implying the officer and the contract manager, restricted by a rule to own and subordinate employees. */
const TEAM_LEAD: AddonFiles = {
  'acme_lead/__manifest__.py': manifestText('Team leads', ['hr_contract'], ['security/security.xml']),
  'acme_lead/security/security.xml': odooXmlText(`
    <record id="group_team_lead" model="res.groups">
        <field name="name">Team lead</field>
        <field name="implied_ids" eval="[Command.link(ref('hr.group_hr_user')), Command.link(ref('hr_contract.group_hr_contract_manager'))]"/>
    </record>
    <record id="rule_team_lead_own_team" model="ir.rule">
        <field name="name">Team lead: own and subordinate employees</field>
        <field name="model_id" ref="hr.model_hr_employee"/>
        <field name="groups" eval="[Command.link(ref('group_team_lead'))]"/>
        <field name="domain_force">['|', ('user_id', '=', user.id), ('id', 'child_of', user.employee_ids.ids)]</field>
    </record>`),
};

describe('check: explanations that point at the real cause', () => {
  it('gives each field its own chain and as the chain of the finding the one that grants the most fields', () => {
    const lead = findingOf(check(STOCK_TREE, { ...STOCK_TREE, ...TEAM_LEAD }), 'SL001', (f) => f.group?.xmlid === 'acme_lead.group_team_lead');
    expect(fieldOf(lead, 'hr.contract', 'wage')?.via).toEqual(['acme_lead.group_team_lead', 'hr_contract.group_hr_contract_manager']);
    expect(fieldOf(lead, 'hr.employee', 'private_email')?.via).toEqual(['acme_lead.group_team_lead', 'hr.group_hr_user']);
    const viaOfficer = lead!.fields.filter((f) => f.via.join() === 'acme_lead.group_team_lead,hr.group_hr_user').length;
    expect(viaOfficer).toBeGreaterThan(lead!.fields.length / 2);
    expect(lead!.chain).toEqual(['acme_lead.group_team_lead', 'hr.group_hr_user']);
    expect(lead!.message).toContain('through acme_lead.group_team_lead → hr.group_hr_user');
  });

  it('says that an own-company scope is further restricted, and by which rule (file:line)', () => {
    const lead = findingOf(check(STOCK_TREE, { ...STOCK_TREE, ...TEAM_LEAD }), 'SL001', (f) => f.group?.xmlid === 'acme_lead.group_team_lead')!;
    const line = lineOf(TEAM_LEAD, 'acme_lead/security/security.xml', 'id="rule_team_lead_own_team"');
    const rule = { xmlid: 'acme_lead.rule_team_lead_own_team', name: 'Team lead: own and subordinate employees', location: { file: 'acme_lead/security/security.xml', line } };
    expect(fieldOf(lead, 'hr.employee', 'private_email')).toMatchObject({ scope: 'own-company', restrictedBy: [rule] });
    expect(fieldOf(lead, 'hr.contract', 'wage')).not.toHaveProperty('restrictedBy');
    expect(lead.message).toContain('hr.employee (own-company, further restricted by acme_lead.rule_team_lead_own_team)');
    expect(formatText({ ...reportWith(lead) })).toContain(
      `- hr.employee.additional_note write, own-company, further restricted by acme_lead.rule_team_lead_own_team (acme_lead/security/security.xml:${line})`,
    );
  });

  it('blames a new group-less ACL row, not a new rule that only restricts', () => {
    const module: AddonFiles = {
      'acme_dir/__manifest__.py': manifestText('Directory', ['hr'], ['security/security.xml', 'security/ir.model.access.csv']),
      'acme_dir/security/security.xml': odooXmlText(`
    <record id="rule_employee_active_company" model="ir.rule">
        <field name="name">Employees of the current company only</field>
        <field name="model_id" ref="hr.model_hr_employee"/>
        <field name="domain_force">[('company_id', '=', company_id)]</field>
    </record>`),
      'acme_dir/security/ir.model.access.csv': [ACL_HEADER, 'access_hr_employee_everyone,hr.employee everyone,hr.model_hr_employee,,1,0,0,0', ''].join('\n'),
    };
    const report = check({ ...STOCK_TREE }, { ...STOCK_TREE, ...module });
    const internal = findingOf(report, 'SL001', (f) => f.group?.xmlid === 'base.group_user')!;
    expect(internal.cause).toEqual({ kind: 'new-acl', detail: 'ACL row acme_dir.access_hr_employee_everyone grants every user (no group) read access to hr.employee' });
    expect(internal.location).toEqual({ file: 'acme_dir/security/ir.model.access.csv', line: 2 });
  });

  it('blames a new ACL row of a group the member holds off the chain, not the rule that narrows it', () => {
    const groups = `
    <record id="group_directory" model="res.groups">
        <field name="name">Directory</field>
        <field name="implied_ids" eval="[Command.link(ref('base.group_user'))]"/>
    </record>
    <record id="group_coach" model="res.groups">
        <field name="name">Coach</field>
        <field name="implied_ids" eval="[Command.link(ref('group_directory'))]"/>
    </record>`;
    const base: AddonFiles = {
      'acme_coach/__manifest__.py': manifestText('Coach', ['hr'], ['security/security.xml']),
      'acme_coach/security/security.xml': odooXmlText(groups),
    };
    const head: AddonFiles = {
      'acme_coach/__manifest__.py': manifestText('Coach', ['hr'], ['security/security.xml', 'security/ir.model.access.csv']),
      'acme_coach/security/security.xml': odooXmlText(`${groups}
    <record id="rule_directory_team" model="ir.rule">
        <field name="name">Directory: own team</field>
        <field name="model_id" ref="hr.model_hr_employee"/>
        <field name="groups" eval="[Command.link(ref('group_directory'))]"/>
        <field name="domain_force">['|', ('user_id', '=', user.id), ('id', 'child_of', user.employee_ids.ids)]</field>
    </record>`),
      'acme_coach/security/ir.model.access.csv': [ACL_HEADER, 'access_hr_employee_directory,hr.employee directory,hr.model_hr_employee,group_directory,1,0,0,0', ''].join('\n'),
    };
    const report = check({ ...STOCK_TREE, ...base }, { ...STOCK_TREE, ...head });
    for (const xmlid of ['acme_coach.group_coach', 'acme_coach.group_directory']) {
      const finding = findingOf(report, 'SL001', (f) => f.group?.xmlid === xmlid)!;
      expect(finding.cause.kind).toBe('new-acl');
      expect(finding.location).toEqual({ file: 'acme_coach/security/ir.model.access.csv', line: 2 });
      expect(finding.chain.at(-1)).toBe('acme_coach.group_directory');
    }
  });

  it('SL002 points at the override that removed or changed groups=, not at a later selection_add or the stock related field', () => {
    const fields: AddonFiles = {
      'acme_hr_fields/__manifest__.py': manifestText('HR fields', ['hr'], []),
      'acme_hr_fields/__init__.py': 'from . import models\n',
      'acme_hr_fields/models/__init__.py': 'from . import hr_employee\n',
      'acme_hr_fields/models/hr_employee.py': [
        'from odoo import fields, models',
        '',
        '',
        'class HrEmployee(models.Model):',
        "    _inherit = ['hr.employee']",
        '',
        '    ssnid = fields.Char(groups=False)',
        '    marital = fields.Selection(groups=False)',
        "    birthday = fields.Date(groups='base.group_user')",
        '',
      ].join('\n'),
      'acme_hr_late/__manifest__.py': manifestText('HR late', ['acme_hr_fields'], []),
      'acme_hr_late/__init__.py': 'from . import models\n',
      'acme_hr_late/models/__init__.py': 'from . import hr_employee\n',
      'acme_hr_late/models/hr_employee.py': [
        'from odoo import fields, models',
        '',
        '',
        'class HrEmployee(models.Model):',
        "    _inherit = 'hr.employee'",
        '',
        "    marital = fields.Selection(selection_add=[('cohabitant', 'Legal Cohabitant')])",
        "    birthday = fields.Date(string='Date of Birth')",
        '',
      ].join('\n'),
    };
    const report = check(STOCK_TREE, { ...STOCK_TREE, ...fields });
    const sl002 = (model: string, field: string) => findingOf(report, 'SL002', (f) => f.fields[0]!.model === model && f.fields[0]!.field === field);
    const override = 'acme_hr_fields/models/hr_employee.py';
    const at = (text: string) => ({ file: override, line: lineOf(fields, override, text) });
    expect(sl002('hr.employee', 'ssnid')).toMatchObject({ cause: { detail: 'groups="hr.group_hr_user" was removed' }, location: at('ssnid = ') });
    expect(sl002('hr.employee', 'marital')).toMatchObject({ cause: { detail: 'groups="hr.group_hr_user" was removed' }, location: at('marital = ') });
    expect(sl002('hr.employee', 'birthday')).toMatchObject({ cause: { detail: 'groups="hr.group_hr_user" became groups="base.group_user"' }, location: at('birthday = ') });
    expect(sl002('res.users', 'birthday')).toMatchObject({ location: at('birthday = ') });
  });
});

function reportWith(finding: CheckFinding): CheckReport {
  return { schema: 'sightline.check/v1', tool: { name: 'sightline', version: 'test' }, verdict: 'fail', exitCode: 1, head: { addonsPaths: [], odooVersion: '17.0' }, base: null, summary: { errors: 1, warnings: 0, allowed: 0, readWarnings: 0 }, findings: [finding], allowed: [] } as CheckReport;
}

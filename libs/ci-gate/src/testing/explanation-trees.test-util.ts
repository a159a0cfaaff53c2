import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Files by path under an addons path: `{ 'hr/__manifest__.py': '…' }`. */
export type AddonFiles = Readonly<Record<string, string>>;

export interface AddonTree {
  readonly addonsPath: string;
  remove(): void;
}

/** Writes the files into a new temporary addons path. */
export function writeTree(files: AddonFiles): AddonTree {
  const root = mkdtempSync(join(tmpdir(), 'sightline-explain-'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return { addonsPath: root, remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** The 1-based line of the first line containing `text` in one of the files. */
export function lineOf(files: AddonFiles, path: string, text: string): number {
  const index = files[path]!.split('\n').findIndex((line) => line.includes(text));
  if (index < 0) throw new Error(`${path}: ${text} not found`);
  return index + 1;
}

const xml = (body: string) => `<?xml version="1.0" encoding="utf-8"?>\n<odoo>\n${body}\n</odoo>\n`;
const manifest = (name: string, depends: string[], data: string[]) =>
  `{\n    'name': '${name}',\n    'version': '1.0',\n    'depends': [${depends.map((d) => `'${d}'`).join(', ')}],\n    'data': [${data.map((d) => `'${d}'`).join(', ')}],\n    'installable': True,\n}\n`;
const ACL_HEADER = 'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink';

/**
 * A small Odoo 17-like tree: base (user types, users, companies), hr (employees behind Employees /
 * Officer, a multi-company rule), hr_contract (contracts behind the contract manager, who does not
 * imply the officer). Modules added by a scenario come on top.
 */
export const STOCK_TREE: AddonFiles = {
  'base/__manifest__.py': manifest('Base', [], ['security/base_groups.xml', 'security/ir.model.access.csv']),
  'base/__init__.py': 'from . import models\n',
  'base/models/__init__.py': 'from . import res\n',
  'base/models/res.py': [
    'from odoo import fields, models',
    '',
    '',
    'class ResCompany(models.Model):',
    "    _name = 'res.company'",
    '    name = fields.Char()',
    '',
    '',
    'class ResUsers(models.Model):',
    "    _name = 'res.users'",
    '    login = fields.Char()',
    "    company_id = fields.Many2one('res.company')",
    '',
  ].join('\n'),
  'base/security/base_groups.xml': xml(`
    <record model="res.groups" id="group_user">
        <field name="name">Internal User</field>
    </record>
    <record model="res.groups" id="group_erp_manager">
        <field name="name">Access Rights</field>
        <field name="implied_ids" eval="[Command.link(ref('group_user'))]"/>
    </record>
    <record model="res.groups" id="group_system">
        <field name="name">Settings</field>
        <field name="implied_ids" eval="[Command.link(ref('group_erp_manager'))]"/>
    </record>
    <record model="res.groups" id="group_portal">
        <field name="name">Portal</field>
        <field name="share" eval="True"/>
    </record>
    <record model="res.groups" id="group_public">
        <field name="name">Public</field>
        <field name="share" eval="True"/>
    </record>`),
  'base/security/ir.model.access.csv': [ACL_HEADER, 'access_res_users_user,res.users user,model_res_users,group_user,1,0,0,0', ''].join('\n'),

  'hr/__manifest__.py': manifest('Employees', ['base'], ['security/hr_security.xml', 'security/ir.model.access.csv']),
  'hr/__init__.py': 'from . import models\n',
  'hr/models/__init__.py': 'from . import hr_employee\nfrom . import res_users\n',
  'hr/models/res_users.py': [
    'from odoo import fields, models',
    '',
    '',
    'class ResUsers(models.Model):',
    "    _inherit = 'res.users'",
    "    employee_id = fields.Many2one('hr.employee')",
    "    birthday = fields.Date(related='employee_id.birthday')",
    '',
  ].join('\n'),
  'hr/models/hr_employee.py': [
    'from odoo import fields, models',
    '',
    '',
    'class HrEmployee(models.Model):',
    "    _name = 'hr.employee'",
    '    name = fields.Char()',
    '    job_title = fields.Char()',
    "    work_email = fields.Char(groups='base.group_user')",
    "    company_id = fields.Many2one('res.company')",
    "    user_id = fields.Many2one('res.users')",
    "    parent_id = fields.Many2one('hr.employee')",
    "    private_email = fields.Char(groups='hr.group_hr_user')",
    "    ssnid = fields.Char(string='SSN No', groups='hr.group_hr_user')",
    "    birthday = fields.Date(groups='hr.group_hr_user')",
    "    marital = fields.Selection([('single', 'Single'), ('married', 'Married')], groups='hr.group_hr_user')",
    '',
  ].join('\n'),
  'hr/security/hr_security.xml': xml(`
    <record id="group_hr_user" model="res.groups">
        <field name="name">Officer: Manage all employees</field>
        <field name="implied_ids" eval="[Command.link(ref('base.group_user'))]"/>
    </record>
    <record id="group_hr_manager" model="res.groups">
        <field name="name">Administrator</field>
        <field name="implied_ids" eval="[Command.link(ref('group_hr_user'))]"/>
    </record>
    <record id="hr_employee_comp_rule" model="ir.rule">
        <field name="name">Employee multi company rule</field>
        <field name="model_id" ref="model_hr_employee"/>
        <field name="domain_force">[('company_id', 'in', company_ids)]</field>
    </record>`),
  'hr/security/ir.model.access.csv': [ACL_HEADER, 'access_hr_employee_user,hr.employee user,model_hr_employee,group_hr_user,1,1,1,1', ''].join('\n'),

  'hr_contract/__manifest__.py': manifest('Contracts', ['hr'], ['security/security.xml', 'security/ir.model.access.csv']),
  'hr_contract/__init__.py': 'from . import models\n',
  'hr_contract/models/__init__.py': 'from . import hr_contract\n',
  'hr_contract/models/hr_contract.py': [
    'from odoo import fields, models',
    '',
    '',
    'class HrContract(models.Model):',
    "    _name = 'hr.contract'",
    "    employee_id = fields.Many2one('hr.employee')",
    '    wage = fields.Float()',
    '    date_start = fields.Date()',
    '',
  ].join('\n'),
  'hr_contract/security/security.xml': xml(`
    <record id="group_hr_contract_manager" model="res.groups">
        <field name="name">Contracts Administrator</field>
        <field name="implied_ids" eval="[Command.link(ref('base.group_user'))]"/>
    </record>`),
  'hr_contract/security/ir.model.access.csv': [ACL_HEADER, 'access_hr_contract_manager,hr.contract manager,model_hr_contract,group_hr_contract_manager,1,1,1,1', ''].join('\n'),
};

export { ACL_HEADER, manifest as manifestText, xml as odooXmlText };

import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { CUSTOM_HR_MODULE, CUSTOM_UNRELATED_MODULE, writeFiles } from './check-trees.test-util';

export { CUSTOM_HR_MODULE, CUSTOM_UNRELATED_MODULE, writeFiles };

/**
 * A hand-made Odoo 17.0 as Odoo lays it out (`addons/`, `odoo/addons/`, `odoo/release.py`): base
 * with the internal-user group, hr with `hr.employee` (private fields behind `hr.group_hr_user`)
 * and its officer group. Small enough to read in a fraction of a second.
 */
export const MINI_ODOO: Readonly<Record<string, string>> = {
  'odoo/release.py': "version_info = (17, 0, 0, FINAL, 0, '')\n",
  'odoo/addons/base/__manifest__.py': "{'name': 'Base', 'data': ['security/base_groups.xml', 'security/ir.model.access.csv'], 'license': 'LGPL-3'}\n",
  'odoo/addons/base/__init__.py': 'from . import models\n',
  'odoo/addons/base/models/__init__.py': 'from . import res_partner\n',
  'odoo/addons/base/models/res_partner.py': [
    'from odoo import fields, models',
    '',
    '',
    'class Partner(models.Model):',
    "    _name = 'res.partner'",
    '',
    '    name = fields.Char()',
    '',
    '',
    'class Users(models.Model):',
    "    _name = 'res.users'",
    '',
    '    login = fields.Char()',
    '',
  ].join('\n'),
  'odoo/addons/base/security/base_groups.xml': [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<odoo>',
    '    <record model="res.groups" id="group_user">',
    '        <field name="name">Internal User</field>',
    '    </record>',
    '    <record model="res.groups" id="group_system">',
    '        <field name="name">Settings</field>',
    "        <field name=\"implied_ids\" eval=\"[(4, ref('group_user'))]\"/>",
    '    </record>',
    '</odoo>',
    '',
  ].join('\n'),
  'odoo/addons/base/security/ir.model.access.csv': [
    'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink',
    'access_res_partner_user,res.partner user,model_res_partner,group_user,1,1,1,0',
    'access_res_users_user,res.users user,model_res_users,group_user,1,0,0,0',
    '',
  ].join('\n'),
  'addons/hr/__manifest__.py': "{'name': 'Employees', 'depends': ['base'], 'data': ['security/hr_security.xml', 'security/ir.model.access.csv'], 'license': 'LGPL-3'}\n",
  'addons/hr/__init__.py': 'from . import models\n',
  'addons/hr/models/__init__.py': 'from . import hr_employee\n',
  'addons/hr/models/hr_employee.py': [
    'from odoo import fields, models',
    '',
    '',
    'class HrEmployee(models.Model):',
    "    _name = 'hr.employee'",
    '',
    '    name = fields.Char()',
    "    private_email = fields.Char(groups='hr.group_hr_user')",
    "    ssnid = fields.Char(groups='hr.group_hr_user')",
    '',
  ].join('\n'),
  'addons/hr/security/hr_security.xml': [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<odoo>',
    '    <record id="group_hr_user" model="res.groups">',
    '        <field name="name">Officer: Manage all employees</field>',
    "        <field name=\"implied_ids\" eval=\"[(4, ref('base.group_user'))]\"/>",
    '    </record>',
    '</odoo>',
    '',
  ].join('\n'),
  'addons/hr/security/ir.model.access.csv': [
    'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink',
    'access_hr_employee_user,hr.employee user,model_hr_employee,group_hr_user,1,1,1,1',
    'access_hr_employee_internal,hr.employee internal,model_hr_employee,base.group_user,1,0,0,0',
    '',
  ].join('\n'),
};

/** Writes {@link MINI_ODOO} under `dir`; returns its two addons paths (apps first, as Odoo lists them). */
export function writeMiniOdoo(dir: string): [string, string] {
  writeFiles(dir, MINI_ODOO);
  return [join(dir, 'addons'), join(dir, 'odoo', 'addons')];
}

const GIT_ENV = {
  GIT_AUTHOR_NAME: 't',
  GIT_AUTHOR_EMAIL: 't@example.com',
  GIT_COMMITTER_NAME: 't',
  GIT_COMMITTER_EMAIL: 't@example.com',
  GIT_CONFIG_NOSYSTEM: '1',
};

/** Runs git in `cwd` (no user or system configuration), failing loudly. */
export function git(cwd: string, ...args: string[]): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', env: { PATH: process.env.PATH, HOME: cwd, ...GIT_ENV } });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')} in ${cwd}: ${result.stderr}`);
  return result.stdout;
}

/** A new repository in `dir` on branch `branch`, with everything in it committed. */
export function initRepo(dir: string, branch: string, paths?: readonly string[]): void {
  mkdirSync(dir, { recursive: true });
  git(dir, 'init', '-q', '-b', branch);
  commitAll(dir, 'initial', paths);
}

/** Commits everything under `paths` (default: the whole work tree). */
export function commitAll(dir: string, message: string, paths: readonly string[] = ['.']): void {
  git(dir, 'add', '-A', '--', ...paths);
  git(dir, 'commit', '-q', '--allow-empty', '-m', message);
}

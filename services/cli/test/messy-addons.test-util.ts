import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Folders of a third-party addons checkout, as integrators have them: client folders with spaces and parentheses. */
export const CLIENT_A = 'client A (2019) addons';
export const CLIENT_B = 'client B addons';
/** Generated filler modules in client A: real repositories hold hundreds. */
export const FILLER_MODULES = 300;

export interface MessyAddons {
  readonly root: string;
  /** In Odoo's order: client A, then client B (client A's copy of a module wins). */
  readonly addonsPaths: readonly [string, string];
  write(path: string, content: string): void;
  remove(): void;
}

const SECURITY_XML = (implied: string) => `<?xml version="1.0" encoding="utf-8"?>
<data noupdate="0">
    <record id="group_acme_coach" model="res.groups">
        <field name="name">ACME Coach</field>
        <field name="implied_ids" eval="[${implied}]"/>
    </record>
</data>
`;

/**
 * A messy third-party addons tree beside a real Odoo: every oddity below is something Odoo itself
 * loads (or skips with a log line), so none of it may fail a read.
 */
export function writeMessyAddons(): MessyAddons {
  const root = mkdtempSync(join(tmpdir(), 'sightline-messy-'));
  const write = (path: string, content: string) => {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  };
  for (let i = 1; i <= FILLER_MODULES; i++) {
    const name = `acme_filler_${String(i).padStart(3, '0')}`;
    write(`${CLIENT_A}/${name}/__manifest__.py`, `{'name': 'Filler ${i}', 'depends': ['${i % 3 ? 'base' : 'mail'}'], 'assets': {'web.assets_backend': {'${name}/static/src/**/*'}}, 'license': 'LGPL-3',}\n`);
    write(`${CLIENT_A}/${name}/__init__.py`, '');
  }
  write(`${CLIENT_A}/acme_hr_coach/__manifest__.py`, [
    '# -*- coding: utf-8 -*-',
    '{',
    "    'name': 'ACME HR coaching',",
    "    'version': '17.0.1.0.0',",
    "    'depends': ['hr'],",
    "    'data': ['security/acme_security.xml', 'security/ir.model.access.csv', 'data/acme_defaults.xml'],",
    "    'assets': {'web.assets_backend': {'acme_hr_coach/static/src/*'}},  # a set, as in crm_livechat",
    "    'external_dependencies': {'python': ('phonenumbers',)},",
    "    'installable': True,",
    '}',
  ].join('\n'));
  write(`${CLIENT_A}/acme_hr_coach/__init__.py`, 'from.import models\n');
  write(`${CLIENT_A}/acme_hr_coach/models/__init__.py`, 'from .import (\n    acme_session,\n)\n');
  write(`${CLIENT_A}/acme_hr_coach/models/acme_session.py`, [
    'from odoo import fields, models',
    '',
    "PREFIX = 'acme.coaching'",
    "COACH_GROUPS = 'acme_hr_coach.group_acme_coach'",
    '',
    'def model_name(suffix):',
    '    return f"{PREFIX}.{suffix}"',
    '',
    'class AcmeSession(models.Model):',
    "    _name = model_name('session')",
    "    _description = ('Coaching '",
    "                    'session')",
    "    employee_id = fields.Many2one('hr.employee', string='Employee'",
    "                                  ' coached', groups=COACH_GROUPS)",
    '    notes = fields.Text(groups=COACH_GROUPS + ",hr.group_hr_user")',
  ].join('\n'));
  write(`${CLIENT_A}/acme_hr_coach/security/acme_security.xml`, SECURITY_XML(''));
  write(`${CLIENT_A}/acme_hr_coach/security/ir.model.access.csv`, [
    'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink',
    'access_acme_session_coach,acme.coaching.session coach,model_acme_coaching_session,group_acme_coach,1,1,1,0,',
  ].join('\n') + '\n');
  // Listed but not shipped: Odoo fails only when it loads the file; a checkout often lacks it.
  // client B: a second copy (client A's wins), an uninstallable module, an Enterprise dependency, a manifest Odoo cannot read.
  write(`${CLIENT_B}/acme_hr_coach/__manifest__.py`, "{'name': 'older copy', 'depends': ['hr'], 'data': ['nope.xml']}\n");
  write(`${CLIENT_B}/acme_legacy/__manifest__.py`, "{'name': 'Legacy', 'depends': ['base'], 'installable': False}\n");
  write(`${CLIENT_B}/acme_payroll_bridge/__manifest__.py`, "{'name': 'Payroll bridge', 'depends': ['hr_payroll']}\n");
  write(`${CLIENT_B}/acme_broken/__manifest__.py`, "{'name': 'Broken', 'depends': ['base'],,}\n");
  return {
    root,
    addonsPaths: [join(root, CLIENT_A), join(root, CLIENT_B)],
    write,
    remove: () => rmSync(root, { recursive: true, force: true }),
  };
}

/** The security file of `acme_hr_coach` with its group implying `implied` (`ref('hr.group_hr_user')`…), or nothing. */
export function coachSecurityXml(implied = ''): string {
  return SECURITY_XML(implied);
}

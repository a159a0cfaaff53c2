import { mkdirSync, mkdtempSync, writeFileSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/** Writes a small but real addon tree (manifests, Python models, security XML and CSV) to a temp dir. */
export function writeMiniAddonTree(extraFiles: Record<string, string> = {}): string {
  const root = mkdtempSync(join(tmpdir(), 'sightline-mini-addons-'));
  chmodSync(root, 0o755);
  const files: Record<string, string> = {
    'base/__manifest__.py': "{'name': 'Base', 'version': '1.3', 'depends': [], 'data': ['security/base_groups.xml']}\n",
    'base/__init__.py': 'from . import models\n',
    'base/models/__init__.py': 'from . import res_partner\n',
    'base/models/res_partner.py': [
      'from odoo import fields, models',
      '',
      'class Partner(models.Model):',
      "    _name = 'res.partner'",
      "    _description = 'Contact'",
      '',
      '    email = fields.Char()',
      '',
    ].join('\n'),
    'base/security/base_groups.xml': [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<odoo>',
      '    <record model="res.groups" id="group_user">',
      '        <field name="name">Internal User</field>',
      '    </record>',
      '</odoo>',
      '',
    ].join('\n'),
    'acme_hr/__manifest__.py': [
      '{',
      "    'name': 'ACME HR',",
      "    'version': '17.0.1.0',",
      "    'depends': ['base'],",
      "    'data': [",
      "        'security/acme_security.xml',",
      "        'security/ir.model.access.csv',",
      '    ],',
      '}',
      '',
    ].join('\n'),
    'acme_hr/__init__.py': 'from . import models\n',
    'acme_hr/models/__init__.py': 'from . import acme_employee\n',
    'acme_hr/models/acme_employee.py': [
      'from odoo import fields, models',
      '',
      'class AcmeEmployee(models.Model):',
      "    _name = 'acme.employee'",
      "    _description = 'Employee'",
      '',
      '    name = fields.Char()',
      "    private_email = fields.Char(groups='acme_hr.group_officer')",
      '',
    ].join('\n'),
    'acme_hr/security/acme_security.xml': [
      '<?xml version="1.0" encoding="utf-8"?>',
      '<odoo>',
      '    <record model="res.groups" id="group_officer">',
      '        <field name="name">Officer</field>',
      '        <field name="implied_ids" eval="[(4, ref(\'base.group_user\'))]"/>',
      '    </record>',
      '    <record model="res.groups" id="group_payroll">',
      '        <field name="name">Payroll</field>',
      '        <field name="implied_ids" eval="[(4, ref(\'acme_hr.group_officer\'))]"/>',
      '    </record>',
      '</odoo>',
      '',
    ].join('\n'),
    'acme_hr/security/ir.model.access.csv': [
      'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink',
      'access_acme_employee_officer,acme.employee.officer,model_acme_employee,group_officer,1,1,1,1',
      '',
    ].join('\n'),
    ...extraFiles,
  };
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), text);
  }
  return root;
}

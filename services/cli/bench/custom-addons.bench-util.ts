import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

const STOCK_DEPENDS = ['hr', 'sale_management', 'project', 'stock', 'mail', 'account', 'hr_timesheet', 'crm'];

/**
 * `count` custom modules in `root` the way an integrator's repository holds them (a fixture for
 * the benchmark, not Odoo's code): each depends on a stock application, defines a model with ten
 * fields (two behind `groups=`), extends `hr.employee` or `res.partner`, and ships a group, two ACL
 * rows and a record rule.
 */
export function writeCustomAddons(root: string, count: number): void {
  for (let i = 0; i < count; i++) {
    const name = `x_client_${String(i).padStart(4, '0')}`;
    const model = `x.client.${i}.record`;
    const write = (path: string, text: string) => {
      mkdirSync(dirname(join(root, name, path)), { recursive: true });
      writeFileSync(join(root, name, path), text);
    };
    write('__manifest__.py', `{\n    'name': 'Client ${i}',\n    'version': '17.0.1.0.0',\n    'depends': ['${STOCK_DEPENDS[i % STOCK_DEPENDS.length]}'],\n    'data': ['security/security.xml', 'security/ir.model.access.csv'],\n    'license': 'LGPL-3',\n}\n`);
    write('__init__.py', 'from . import models\n');
    write('models/__init__.py', 'from . import record, extension\n');
    write('models/record.py', [
      'from odoo import api, fields, models',
      '',
      `class Record${i}(models.Model):`,
      `    _name = '${model}'`,
      `    _description = 'Client ${i} record'`,
      "    _inherit = ['mail.thread']",
      '',
      ...Array.from({ length: 8 }, (_, f) => `    field_${f} = fields.Char(string='Field ${f}', tracking=True)`),
      `    secret = fields.Char(groups='${name}.group_x_manager')`,
      "    partner_id = fields.Many2one('res.partner', groups='base.group_user')",
      '',
      "    @api.depends('field_0')",
      '    def _compute_name(self):',
      '        for record in self:',
      "            record.field_1 = (record.field_0 or '').upper()",
    ].join('\n') + '\n');
    write('models/extension.py', [
      'from odoo import fields, models',
      '',
      `class Extension${i}(models.Model):`,
      `    _inherit = '${i % 2 ? 'hr.employee' : 'res.partner'}'`,
      '',
      `    x_client_${i}_note = fields.Text(groups='${name}.group_x_manager')`,
    ].join('\n') + '\n');
    write('security/security.xml', securityXml(name, model, ''));
    write('security/ir.model.access.csv', [
      'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink',
      `access_record_user,${model} user,model_${model.replace(/\./g, '_')},base.group_user,1,0,0,0`,
      `access_record_manager,${model} manager,model_${model.replace(/\./g, '_')},group_x_manager,1,1,1,1`,
    ].join('\n') + '\n');
  }
}

/** The security file of custom module `name`; `implied` goes into the group's implied_ids. */
export function securityXml(name: string, model: string, implied: string): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<odoo>
    <record id="group_x_manager" model="res.groups">
        <field name="name">${name} manager</field>
        <field name="implied_ids" eval="[(4, ref('base.group_user'))${implied}]"/>
    </record>
    <record id="rule_record_company" model="ir.rule">
        <field name="name">${model}: own records</field>
        <field name="model_id" ref="model_${model.replace(/\./g, '_')}"/>
        <field name="domain_force">[('create_uid', '=', user.id)]</field>
        <field name="groups" eval="[(4, ref('base.group_user'))]"/>
    </record>
</odoo>
`;
}

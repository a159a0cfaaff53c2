import { readPythonModelClasses } from './read-python-model-classes.util';

const HR_EMPLOYEE = `# -*- coding: utf-8 -*-
# Part of Odoo. See LICENSE file for full copyright and licensing details.
import logging

from odoo import api, fields, models, _
from odoo.models import AbstractModel

_logger = logging.getLogger(__name__)


class HrEmployeePrivate(models.Model):
    """
    NB: Any field only available on the model hr.employee (i.e. not on the
    hr.employee.public model) should have \`groups="hr.group_hr_user"\` on its
    definition to avoid being prefetched when the user hasn't access to the
    hr.employee model. Indeed, the prefetch loads the data for all the fields
    that are available according to the group defined on them.
    """
    _name = "hr.employee"
    _description = "Employee"
    _order = 'name'
    _inherit = ['hr.employee.base', 'mail.thread.main.attachment', 'mail.activity.mixin']
    _mail_post_access = 'read'

    # resource and user
    # required on the resource, make sure required="True" set in the view
    name = fields.Char(string="Employee Name", related='resource_id.name', store=True, readonly=False, tracking=True)
    private_email = fields.Char(
        string="Private Email",  # comment with groups="base.group_system"
        groups="hr.group_hr_user",
        help="Personal (private) email, used for notifications; not shared.")
    bank_account_id = fields.Many2one(
        'res.partner.bank', 'Bank Account Number',
        domain="[('partner_id', '=', work_contact_id), '|', ('company_id', '=', False), ('company_id', '=', company_id)]",
        groups="hr.group_hr_user,!base.group_portal",
        tracking=True)
    secret = fields.Char(groups=fields.NO_ACCESS)
    public_note = fields.Text(groups=False)
    CONSTANT = f"{_logger} (x, y)"

    @api.depends('name')
    def _compute_display(self):
        def _key(rec):
            hidden = fields.Char(groups="should.not_be_read")
            return (rec.id, rec.name)
        self.env.cr.execute("""
SELECT id FROM hr_employee
WHERE name = 'x = fields.Char(groups="nope")'
""")
        _logger.info(f"{len(self)} records (done)")


class Unrelated(Exception):
    _name = None


class ResUsers(models.Model):
    _inherit = 'res.users'
    _inherits = {'hr.employee': 'employee_id'}

    private_email = fields.Char(related='employee_id.private_email', string="Private Email", readonly=False)
    employee_ids = fields.One2many(comodel_name='hr.employee', inverse_name='user_id')


class PublisherWarrantyContract(AbstractModel):
    _name = "publisher_warranty.contract"


class Hidden(models.AbstractModel):
    _name = 'hidden.helper'
    _register = False
`;

describe('readPythonModelClasses', () => {
  const classes = readPythonModelClasses(HR_EMPLOYEE, { module: 'hr', file: 'models/hr_employee.py' });

  it('reads the model classes with their names, inheritance and kinds', () => {
    expect(classes.map(({ className, name, declaresName, inherit, inherits, kind, site, description }) => ({
      className, name, declaresName, inherit, inherits, kind, line: site.line, description,
    }))).toEqual([
      {
        className: 'HrEmployeePrivate', name: 'hr.employee', declaresName: true, kind: 'Model', line: 11,
        inherit: ['hr.employee.base', 'mail.thread.main.attachment', 'mail.activity.mixin'], inherits: [], description: 'Employee',
      },
      {
        className: 'ResUsers', name: 'res.users', declaresName: false, kind: 'Model', line: 57,
        inherit: ['res.users'], inherits: [['hr.employee', 'employee_id']], description: undefined,
      },
      {
        className: 'PublisherWarrantyContract', name: 'publisher_warranty.contract', declaresName: true,
        kind: 'AbstractModel', line: 65, inherit: [], inherits: [], description: undefined,
      },
    ]);
  });

  it('reads class-level field declarations only, with their groups, related path, comodel and line', () => {
    expect(classes[0].fields).toEqual([
      { name: 'name', type: 'Char', related: 'resource_id.name', site: { module: 'hr', file: 'models/hr_employee.py', line: 27 } },
      {
        name: 'private_email', type: 'Char', site: { module: 'hr', file: 'models/hr_employee.py', line: 28 },
        groups: { text: 'hr.group_hr_user', refs: [{ xmlid: 'hr.group_hr_user', negated: false }], noAccess: false, unresolved: false },
      },
      {
        name: 'bank_account_id', type: 'Many2one', comodel: 'res.partner.bank', site: { module: 'hr', file: 'models/hr_employee.py', line: 32 },
        groups: {
          text: 'hr.group_hr_user,!base.group_portal',
          refs: [{ xmlid: 'hr.group_hr_user', negated: false }, { xmlid: 'base.group_portal', negated: true }],
          noAccess: false,
          unresolved: false,
        },
      },
      {
        name: 'secret', type: 'Char', site: { module: 'hr', file: 'models/hr_employee.py', line: 37 },
        groups: { text: '<expr:fields.NO_ACCESS>', refs: [], noAccess: true, unresolved: false },
      },
      {
        name: 'public_note', type: 'Text', site: { module: 'hr', file: 'models/hr_employee.py', line: 38 },
        groups: { text: '', refs: [], noAccess: false, unresolved: false },
      },
    ]);
    expect(classes[1].fields.map(({ name, comodel, related }) => ({ name, comodel, related }))).toEqual([
      { name: 'private_email', comodel: undefined, related: 'employee_id.private_email' },
      { name: 'employee_ids', comodel: 'hr.employee', related: undefined },
    ]);
  });

  it('names file, line and column when a model attribute is not what Odoo expects', () => {
    const source = 'class A(models.Model):\n    _name = "a"\n    _inherit = 42\n';
    expect(() => readPythonModelClasses(source, { module: 'm', file: 'models/a.py' })).toThrow(
      'm/models/a.py:3:16: _inherit must be a string or a list of strings',
    );
    const broken = 'class A(models.Model):\n    _name = "a"\n    x = fields.Char(string="a", groups="b" related="c")\n';
    expect(() => readPythonModelClasses(broken, { module: 'm', file: 'models/a.py', path: '/src/m/models/a.py' })).toThrow(
      /^\/src\/m\/models\/a\.py:3:44: /,
    );
  });

  it('parses only the arguments that decide access, so other arguments may use any syntax', () => {
    const source = [
      'class A(models.Model):',
      '    _name = _description = "a.model"',
      "    x = y = fields.Date(default=lambda *a: time.strftime('%Y-%m-01'), groups='base.group_user')",
      '    m = fields.Many2one(',
      "        'res.users', domain=lambda self: f\"[('id', 'in', {self.env.ref('base.user_admin').ids})]\",",
      '        groups="base.group_system")',
      '    n = fields.Char(help="multi \\\r\n    line", related=\'m.name\')',
    ].join('\r\n');
    const [cls] = readPythonModelClasses(source, { module: 'm', file: 'models/a.py' });
    expect([cls.name, cls.description]).toEqual(['a.model', 'a.model']);
    expect(cls.fields.map(({ name, comodel, groups, related, site }) => [name, comodel, groups?.text, related, site.line])).toEqual([
      ['x', undefined, 'base.group_user', undefined, 3],
      ['y', undefined, 'base.group_user', undefined, 3],
      ['m', 'res.users', 'base.group_system', undefined, 4],
      ['n', undefined, undefined, 'm.name', 7],
    ]);
  });

  it('reads Odoo 19 annotated fields, attributes that refer to earlier ones, and top-level classes only', () => {
    const source = [
      'class IrModuleModule(models.Model):',
      '    _name = "ir.module.module"',
      '    _inherit = _name',
      "    parent_id: ResPartner = fields.Many2one('res.partner', groups='base.group_user')",
      '',
      '    def _instanciate(self, model_data):',
      '        class CustomModel(models.Model):',
      "            _name = pycompat.to_text(model_data['model'])",
      '        return CustomModel',
    ].join('\n');
    const classes = readPythonModelClasses(source, { module: 'website', file: 'models/ir_module_module.py' });
    expect(classes.map(({ name, inherit }) => [name, inherit])).toEqual([['ir.module.module', ['ir.module.module']]]);
    expect(classes[0].fields.map(({ name, comodel, groups }) => [name, comodel, groups?.text])).toEqual([['parent_id', 'res.partner', 'base.group_user']]);
  });

  it('infers the model name from a single _inherit, or from the class name as Odoo does', () => {
    const source = "class Partner(models.Model):\n    _inherit = ['res.partner', 'mail.thread']\n";
    expect(readPythonModelClasses(source, { module: 'm', file: 'models/p.py' })[0].name).toBe('Partner');
  });

  it('evaluates module-level constants and one-line helpers where a class uses them (as real addons do)', () => {
    const source = [
      "PREFIX = 'base_import.'",
      'HR_GROUPS = "hr.group_hr_user"',
      'MANAGER: str = HR_GROUPS + ",hr.group_hr_manager"',
      '',
      'def model(suffix_name):',
      '    """The test model named suffix_name."""',
      "    return 'base_import.%s' % suffix_name",
      '',
      'def named(kind, version=17):',
      "    return f'{PREFIX}{kind}.v{version}'",
      '',
      'class Char(models.Model):',
      "    _name = model('char')",
      '    value = fields.Char(groups=HR_GROUPS)',
      '',
      'class Other(models.Model):',
      "    _name = named('other')",
      "    _inherit = [PREFIX + 'mixin']",
      '    secret = fields.Char(groups=MANAGER)',
    ].join('\n');
    const classes = readPythonModelClasses(source, { module: 'm', file: 'models/a.py' });
    expect(classes.map((cls) => [cls.name, cls.inherit])).toEqual([['base_import.char', []], ['base_import.other.v17', ['base_import.mixin']]]);
    expect(classes[0].fields[0].groups).toMatchObject({ text: 'hr.group_hr_user', unresolved: false });
    expect(classes[1].fields[0].groups?.refs.map((ref) => ref.xmlid)).toEqual(['hr.group_hr_user', 'hr.group_hr_manager']);
  });

  it('with a reporter, leaves out and reports a class it cannot read statically, and reads the others', () => {
    const source = [
      'import random',
      'NAME = random.choice(["a", "b"])',
      'class Dynamic(models.Model):',
      '    _name = NAME',
      'class Known(models.Model):',
      "    _name = 'known'",
      '    x = fields.Char(groups=compute_groups())',
    ].join('\n');
    const reported: string[] = [];
    const classes = readPythonModelClasses(source, { module: 'm', file: 'models/a.py' }, (d) => void reported.push(`${d.site?.line}: ${d.message}`));
    expect(classes.map((cls) => cls.name)).toEqual(['known']);
    expect(classes[0].fields[0].groups).toMatchObject({ text: '<expr:compute_groups()>', unresolved: true });
    expect(reported).toEqual(["4: class left out, not readable statically: m/models/a.py:4:13: not a literal: name `NAME`"]);
  });

  it('reads string literals continued on the next line inside a call (implicit concatenation), wherever they stand', () => {
    const source = [
      'class A(models.Model):',
      "    _name = 'a'",
      "    x = fields.Char('Label'",
      "                    ' continued', groups='hr.group_hr_user,'",
      "                                         'base.group_system')",
      "    y = fields.Many2one(",
      "        'res.partner', help='one'",
      "        \"two\", groups=(",
      "            'hr.group_hr_manager'))",
    ].join('\n');
    const [cls] = readPythonModelClasses(source, { module: 'm', file: 'models/a.py' });
    expect(cls!.fields.map((f) => [f.name, f.groups?.text, f.comodel])).toEqual([
      ['x', 'hr.group_hr_user,base.group_system', undefined],
      ['y', 'hr.group_hr_manager', 'res.partner'],
    ]);
  });
});

import { computeEffectiveFieldGroups } from './compute-effective-field-groups.util';
import { formatGroupsSource } from './format-groups-source.util';
import type { ModulePythonModels } from './python-model-class.type';
import { readPythonModelClasses } from './read-python-model-classes.util';

/** Modules in load order, each with one file of Python source. */
function compute(modules: Record<string, string>) {
  const read: ModulePythonModels[] = Object.entries(modules).map(([module, source]) => ({
    module,
    classes: readPythonModelClasses(source, { module, file: 'models/models.py' }),
  }));
  const result = computeEffectiveFieldGroups(read);
  const row = (model: string, field: string) => {
    const found = result.fields.find((f) => f.model === model && f.field === field);
    return found && {
      groups: found.groups.text,
      source: formatGroupsSource(found.source),
      set: found.definedAt ? `${found.definedAt.module}:${found.definedAt.line}` : '(_inherits)',
      type: found.type,
    };
  };
  return { result, row };
}

const MAIL = `
class MailThread(models.AbstractModel):
    _name = 'mail.thread'
    _description = 'Email Thread'
    message_follower_ids = fields.One2many('mail.followers', 'res_id', groups='base.group_user')
    message_ids = fields.One2many('mail.message', 'res_id')


class ResPartner(models.Model):
    _name = 'res.partner'
    _inherit = ['res.partner', 'mail.thread']
    phone = fields.Char(groups='base.group_user')
`;

describe('computeEffectiveFieldGroups', () => {
  it('gives every model the fields of the mixins it inherits, including later extensions of the mixin', () => {
    const { row, result } = compute({
      base: "class ResPartner(models.Model):\n    _name = 'res.partner'\n    _description = 'Contact'\n    name = fields.Char()\n",
      mail: MAIL,
      rating: "class MailThread(models.AbstractModel):\n    _inherit = 'mail.thread'\n    rating_ids = fields.One2many('rating.rating', 'res_id', groups='base.group_user')\n",
    });
    expect(row('res.partner', 'message_follower_ids')).toEqual({ groups: 'base.group_user', source: 'explicit', set: 'mail:5', type: 'One2many' });
    expect(row('res.partner', 'rating_ids')).toEqual({ groups: 'base.group_user', source: 'explicit', set: 'rating:3', type: 'One2many' });
    expect(row('res.partner', 'message_ids')).toBeUndefined();
    expect(result.models.get('res.partner')).toMatchObject({ kind: 'Model', abstract: false, declaredBy: { module: 'base', line: 1 } });
    expect(result.models.get('mail.thread')).toMatchObject({ kind: 'AbstractModel', abstract: true });
    expect(result.diagnostics).toEqual([]);
  });

  it('lets the model’s own definitions win over its mixins, attribute by attribute, whatever the load order', () => {
    const { row } = compute({
      mail: MAIL,
      hr: `
class HrEmployee(models.Model):
    _name = 'hr.employee'
    _inherit = ['mail.thread']
    message_follower_ids = fields.One2many(groups='hr.group_hr_user')
    private_email = fields.Char(groups='hr.group_hr_user')
    notes = fields.Text(groups='hr.group_hr_user')
`,
      late: `
class MailThread(models.AbstractModel):
    _inherit = 'mail.thread'
    message_follower_ids = fields.One2many(groups='base.group_system')


class HrEmployee(models.Model):
    _inherit = 'hr.employee'
    private_email = fields.Char(string='Private Email', help='no groups here')
    notes = fields.Text(groups=False)
`,
    });
    expect(row('hr.employee', 'message_follower_ids')).toMatchObject({ groups: 'hr.group_hr_user', set: 'hr:5' });
    expect(row('res.partner', 'message_follower_ids')).toMatchObject({ groups: 'base.group_system', set: 'late:4' });
    expect(row('hr.employee', 'private_email')).toMatchObject({ groups: 'hr.group_hr_user', set: 'hr:6' });
    expect(row('hr.employee', 'notes')).toBeUndefined();
  });

  it('copies the groups of the target of a related path, through chains of related fields', () => {
    const { row } = compute({
      hr: `
class HrEmployee(models.Model):
    _name = 'hr.employee'
    private_street = fields.Char(groups='hr.group_hr_user')
    user_id = fields.Many2one('res.users')
    work_email = fields.Char()


class ResUsers(models.Model):
    _name = 'res.users'
    employee_id = fields.Many2one('hr.employee')
    private_street = fields.Char(related='employee_id.private_street')
    work_email = fields.Char(related='employee_id.work_email')
    own = fields.Char(related='employee_id.private_street', groups='base.group_system')
    off = fields.Char(related='employee_id.private_street', groups='')


class ResPartner(models.Model):
    _name = 'res.partner'
    user_id = fields.Many2one('res.users')
    employee_street = fields.Char(related='user_id.employee_id.private_street')
    user_street = fields.Char(related='user_id.private_street')
`,
    });
    expect(row('res.users', 'private_street')).toEqual({
      groups: 'hr.group_hr_user', source: 'related:employee_id.private_street->hr.employee.private_street', set: 'hr:12', type: 'Char',
    });
    expect(row('res.users', 'work_email')).toBeUndefined();
    expect(row('res.users', 'own')).toMatchObject({ groups: 'base.group_system', source: 'explicit' });
    expect(row('res.users', 'off')).toBeUndefined();
    expect(row('res.partner', 'employee_street')?.source).toBe('related:user_id.employee_id.private_street->hr.employee.private_street');
    expect(row('res.partner', 'user_street')?.source).toBe(
      'related:user_id.private_street->res.users.private_street (related:employee_id.private_street->hr.employee.private_street)',
    );
  });

  it('follows related Many2one fields that name no model, and the automatic fields', () => {
    // Odoo gives a related relational field the model of its target: 19 hr_skills_slides'
    // subscribed_courses goes through user_partner_id = fields.Many2one(related='user_id.partner_id').
    const { row, result } = compute({
      base: `
class ResPartner(models.Model):
    _name = 'res.partner'
    slide_channel_ids = fields.Many2many('slide.channel', groups='website_slides.group_website_slides_officer')


class ResUsers(models.Model):
    _name = 'res.users'
    partner_id = fields.Many2one('res.partner')


class HrEmployee(models.Model):
    _name = 'hr.employee'
    user_id = fields.Many2one('res.users')
    user_partner_id = fields.Many2one(related='user_id.partner_id')
    subscribed_courses = fields.Many2many('slide.channel', related='user_partner_id.slide_channel_ids')
    user_name = fields.Char(related='user_id.display_name')
    writer_partner = fields.Many2one(related='user_id.write_uid.partner_id')
`,
    });
    expect(row('hr.employee', 'subscribed_courses')?.source).toBe('related:user_partner_id.slide_channel_ids->res.partner.slide_channel_ids');
    expect(result.diagnostics).toEqual([]);
  });

  it('takes the groups of the first parent in the MRO when several parents define the field', () => {
    // 19 project.project inherits ['portal.mixin', 'mail.alias.mixin', 'rating.parent.mixin', …,
    // 'mail.tracking.duration.mixin' (→ mail.thread)]: rating.parent.mixin's rating_ids wins, as in
    // Python, although rating's mail.thread extension is read later.
    const { row } = compute({
      rating: `
class RatingParentMixin(models.AbstractModel):
    _name = 'rating.parent.mixin'
    rating_ids = fields.One2many('rating.rating', 'parent_res_id', groups='base.group_user')


class MailThread(models.AbstractModel):
    _name = 'mail.thread'
    rating_ids = fields.One2many('rating.rating', 'res_id', groups='base.group_system')
`,
      project: `
class ProjectProject(models.Model):
    _name = 'project.project'
    _inherit = ['rating.parent.mixin', 'mail.thread']
`,
    });
    expect(row('project.project', 'rating_ids')).toMatchObject({ groups: 'base.group_user', set: 'rating:4' });
  });

  it('adds the fields of _inherits parents that the model does not define itself, not to abstract models', () => {
    const { row } = compute({
      hr: `
class HrVersion(models.Model):
    _name = 'hr.version'
    ssnid = fields.Char(groups='hr.group_hr_user')
    wage = fields.Monetary(groups='hr.group_hr_manager')


class HrEmployee(models.Model):
    _name = 'hr.employee'
    _inherits = {'hr.version': 'version_id'}
    wage = fields.Monetary()


class Reporting(models.AbstractModel):
    _name = 'hr.reporting.mixin'
    _inherits = {'hr.version': 'version_id'}


class ResUsers(models.Model):
    _name = 'res.users'
    employee_id = fields.Many2one('hr.employee')
    ssnid = fields.Char(related='employee_id.ssnid')
`,
    });
    expect(row('hr.employee', 'ssnid')).toEqual({
      groups: 'hr.group_hr_user', source: 'related:version_id.ssnid->hr.version.ssnid', set: '(_inherits)', type: 'Char',
    });
    expect(row('hr.employee', 'wage')).toBeUndefined();
    expect(row('hr.reporting.mixin', 'ssnid')).toBeUndefined();
    expect(row('res.users', 'ssnid')?.source).toBe(
      'related:employee_id.ssnid->hr.employee.ssnid (related:version_id.ssnid->hr.version.ssnid)',
    );
  });

  it('reports what Odoo would reject or what cannot be followed, and goes on', () => {
    const { result, row } = compute({
      early: "class ResPartner(models.Model):\n    _inherit = 'res.partner'\n    vat = fields.Char(groups='base.group_user')\n",
      base: `
class ResPartner(models.Model):
    _name = 'res.partner'
    _inherit = ['unknown.mixin']
    user_id = fields.Many2one()
    broken = fields.Char(related='user_id.login')
    missing = fields.Char(related='nothing.here')
`,
    });
    expect(row('res.partner', 'vat')).toMatchObject({ groups: 'base.group_user', set: 'early:3' });
    expect(result.diagnostics.map((d) => `${d.site?.module}:${d.site?.line}: ${d.message}`)).toEqual([
      "early:1: ResPartner: extends model 'res.partner' before the class that creates it in load order",
      "base:2: ResPartner: inherits model 'unknown.mixin', which no module read here defines",
      "base:6: field 'broken': related path 'user_id.login' cannot be followed: the related model of 'res.partner.user_id' is unknown",
      "base:7: field 'missing': related path 'nothing.here' cannot be followed: model 'res.partner' has no field 'nothing'",
    ]);
  });

  it('keeps groups written as an expression, resolving Odoo’s NO_ACCESS', () => {
    const { result } = compute({
      base: "class ResUsers(models.Model):\n    _name = 'res.users'\n    totp_secret = fields.Char(groups=fields.NO_ACCESS)\n    other = fields.Char(groups=SOME_GROUPS)\n",
    });
    expect(result.fields.map(({ field, groups }) => [field, groups])).toEqual([
      ['other', { text: '<expr:SOME_GROUPS>', refs: [], noAccess: false, unresolved: true }],
      ['totp_secret', { text: '<expr:fields.NO_ACCESS>', refs: [], noAccess: true, unresolved: false }],
    ]);
  });
});

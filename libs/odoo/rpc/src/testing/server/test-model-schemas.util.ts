import type { TestField, TestFieldType } from './test-field.type';

type Spec = readonly [name: string, type: TestFieldType, relation?: string];

function fields(...specs: Spec[]): TestField[] {
  return specs.map(([name, type, relation]) => ({ name, type, relation, string: name.replace(/_/g, ' ') }));
}

const PERMS: Spec[] = [
  ['perm_read', 'boolean'],
  ['perm_write', 'boolean'],
  ['perm_create', 'boolean'],
  ['perm_unlink', 'boolean'],
];

/**
 * The models the test server serves and their columns, per Odoo version: 17/18 `groups_id`
 * (stored closure) and `category_id`; 19 `group_ids` + `all_group_ids`, `privilege_id` and
 * `res.groups.privilege` (odoo-security-model.md §2–3, §10.2).
 */
export function testModelSchemas(major: number, withHr: boolean): ReadonlyMap<string, readonly TestField[]> {
  const v19 = major >= 19;
  const schemas: [string, TestField[]][] = [
    ['ir.module.module', fields(['name', 'char'], ['state', 'selection'], ['latest_version', 'char'], ['auto_install', 'boolean'], ['dependencies_id', 'one2many', 'ir.module.module.dependency'])],
    ['ir.module.module.dependency', fields(['name', 'char'], ['module_id', 'many2one', 'ir.module.module'], ['depend_id', 'many2one', 'ir.module.module'], ['auto_install_required', 'boolean'])],
    ['ir.model.data', fields(['module', 'char'], ['name', 'char'], ['model', 'char'], ['res_id', 'integer'], ['noupdate', 'boolean'])],
    ['ir.module.category', fields(['name', 'char'], ['parent_id', 'many2one', 'ir.module.category'])],
    ['res.groups', groupFields(v19)],
    ['res.company', fields(['name', 'char'], ['parent_id', 'many2one', 'res.company'], ['active', 'boolean'])],
    ['res.users', userFields(v19, withHr)],
    ['ir.model', fields(['model', 'char'], ['name', 'char'], ['transient', 'boolean'], ['abstract', 'boolean'], ['state', 'selection'], ['inherited_model_ids', 'many2many', 'ir.model'])],
    ['ir.model.fields', fields(['name', 'char'], ['model', 'char'], ['model_id', 'many2one', 'ir.model'], ['ttype', 'selection'], ['relation', 'char'], ['related', 'char'], ['required', 'boolean'])],
    ['ir.model.access', fields(['name', 'char'], ['model_id', 'many2one', 'ir.model'], ['group_id', 'many2one', 'res.groups'], ...PERMS, ['active', 'boolean'])],
    ['ir.rule', fields(['name', 'char'], ['model_id', 'many2one', 'ir.model'], ['groups', 'many2many', 'res.groups'], ['domain_force', 'text'], ...PERMS, ['global', 'boolean'], ['active', 'boolean'])],
  ];
  if (v19) schemas.push(['res.groups.privilege', fields(['name', 'char'], ['category_id', 'many2one', 'ir.module.category'], ['sequence', 'integer'], ['group_ids', 'one2many', 'res.groups'])]);
  if (withHr) schemas.push(...hrSchemas());
  return new Map(schemas);
}

function groupFields(v19: boolean): TestField[] {
  const common: Spec[] = [['name', 'char'], ['full_name', 'char'], ['share', 'boolean'], ['comment', 'text'], ['implied_ids', 'many2many', 'res.groups']];
  if (!v19) return fields(...common, ['category_id', 'many2one', 'ir.module.category'], ['trans_implied_ids', 'many2many', 'res.groups'], ['users', 'many2many', 'res.users']);
  return fields(
    ...common,
    ['privilege_id', 'many2one', 'res.groups.privilege'],
    ['sequence', 'integer'],
    ['all_implied_ids', 'many2many', 'res.groups'],
    ['user_ids', 'many2many', 'res.users'],
    ['all_user_ids', 'many2many', 'res.users'],
  );
}

function userFields(v19: boolean, withHr: boolean): TestField[] {
  const common: Spec[] = [
    ['login', 'char'],
    ['name', 'char'],
    ['active', 'boolean'],
    ['share', 'boolean'],
    ['login_date', 'datetime'],
    ['company_id', 'many2one', 'res.company'],
    ['company_ids', 'many2many', 'res.company'],
  ];
  const groups: Spec[] = v19 ? [['group_ids', 'many2many', 'res.groups'], ['all_group_ids', 'many2many', 'res.groups']] : [['groups_id', 'many2many', 'res.groups']];
  const hr: Spec[] = withHr ? [['employee_ids', 'one2many', 'hr.employee']] : [];
  return fields(...common, ...groups, ...hr);
}

function hrSchemas(): [string, TestField[]][] {
  return [
    ['hr.department', fields(['name', 'char'], ['parent_id', 'many2one', 'hr.department'], ['manager_id', 'many2one', 'hr.employee'], ['company_id', 'many2one', 'res.company'], ['active', 'boolean'])],
    [
      'hr.employee',
      fields(['name', 'char'], ['user_id', 'many2one', 'res.users'], ['department_id', 'many2one', 'hr.department'], ['parent_id', 'many2one', 'hr.employee'], ['company_id', 'many2one', 'res.company'], ['active', 'boolean']),
    ],
  ];
}

/** A mirrored field: scalar, or relational to `relation` (`many` for x2many). */
export interface MirrorField {
  readonly relation?: string;
  readonly many?: boolean;
}

/** The models and fields Sightline mirrors from a snapshot: what record rules can be evaluated on. */
export const MIRROR_SCHEMA: Readonly<Record<string, Readonly<Record<string, MirrorField>>>> = {
  'hr.employee': {
    id: {}, name: {}, active: {},
    company_id: { relation: 'res.company' },
    department_id: { relation: 'hr.department' },
    user_id: { relation: 'res.users' },
    parent_id: { relation: 'hr.employee' },
    child_ids: { relation: 'hr.employee', many: true },
    resource_id: { relation: 'resource.resource' },
  },
  /** The `_inherits` parent of an employee: `resource.mixin` keeps its company the employee's. */
  'resource.resource': { id: {}, name: {}, active: {}, company_id: { relation: 'res.company' } },
  'hr.department': {
    id: {}, name: {}, active: {},
    company_id: { relation: 'res.company' },
    parent_id: { relation: 'hr.department' },
    child_ids: { relation: 'hr.department', many: true },
    manager_id: { relation: 'hr.employee' },
    member_ids: { relation: 'hr.employee', many: true },
  },
  'res.users': {
    id: {}, name: {}, login: {}, active: {}, share: {},
    company_id: { relation: 'res.company' },
    company_ids: { relation: 'res.company', many: true },
    employee_id: { relation: 'hr.employee' },
    employee_ids: { relation: 'hr.employee', many: true },
  },
  'res.company': {
    id: {}, name: {}, active: {},
    parent_id: { relation: 'res.company' },
    child_ids: { relation: 'res.company', many: true },
  },
};

/** The parent field used by `child_of` / `parent_of` on each mirrored model. */
export const MIRROR_PARENT_FIELD: Readonly<Record<string, string>> = {
  'hr.employee': 'parent_id',
  'hr.department': 'parent_id',
  'res.company': 'parent_id',
};

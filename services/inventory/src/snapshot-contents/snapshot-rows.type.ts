/** Rows of the inventory.snapshot_* tables as PostgreSQL returns them. */
interface Scoped {
  tenant_id: string;
  snapshot_id: string;
}

interface Located {
  source_file: string | null;
  source_line: number | null;
}

interface PermColumns {
  perm_read: boolean;
  perm_write: boolean;
  perm_create: boolean;
  perm_unlink: boolean;
}

export interface GroupRow extends Scoped, Located {
  xmlid: string;
  name: string | null;
  module: string;
  category_xmlid: string | null;
  category_name: string | null;
  privilege_xmlid: string | null;
  privilege_name: string | null;
  share: boolean;
  user_type: string | null;
  comment: string | null;
}

export interface UserRow extends Scoped, Located {
  key: string;
  xmlid: string | null;
  odoo_id: number | null;
  login: string | null;
  name: string | null;
  active: boolean;
  share: boolean;
  user_type: string | null;
  company_key: string | null;
  company_keys: string[];
  login_date: Date | null;
  employee_key: string | null;
  department_key: string | null;
  parent_employee_key: string | null;
}

export interface ModelRow extends Scoped {
  name: string;
  description: string | null;
  kind: string;
  module: string | null;
  inherits: Array<{ parentModel: string; field: string }>;
}

export interface FieldRow extends Scoped {
  model: string;
  name: string;
  type: string;
  relation: string | null;
  related: string | null;
  groups: Array<{ xmlid: string; negated: boolean }>;
  groups_source: string;
  set_by_module: string | null;
  set_by_file: string | null;
  set_by_line: number | null;
}

export interface AclRow extends Scoped, Located, PermColumns {
  xmlid: string;
  name: string;
  model: string;
  group_xmlid: string | null;
  active: boolean;
  module: string;
}

export interface RuleRow extends Scoped, Located, PermColumns {
  xmlid: string;
  name: string;
  model: string;
  group_xmlids: string[];
  domain: string | null;
  active: boolean;
  module: string;
}

export interface ModuleRow extends Scoped {
  name: string;
  version: string | null;
  depends: string[];
  auto_install: boolean | string[];
  load_index: number;
}

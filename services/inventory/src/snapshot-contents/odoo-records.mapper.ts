import type { AclRow, FieldRow, GroupRow, ModelRow, ModuleRow, RuleRow, UserRow } from './snapshot-rows.type';
import type {
  OdooAclType, OdooFieldType, OdooGroupType, OdooModelType, OdooModuleType, OdooRuleType, OdooUserType, PermsType,
  SourceLocationType,
} from './odoo-records.type';

/** Entity ids are global across snapshots: `<snapshot id>:<natural key>`. */
export function entityId(snapshotId: string, key: string): string {
  return `${snapshotId}:${key}`;
}

export function splitEntityId(id: string): { snapshotId: string; key: string } | null {
  const at = id.indexOf(':');
  return at < 0 ? null : { snapshotId: id.slice(0, at), key: id.slice(at + 1) };
}

function location(file: string | null, line: number | null): SourceLocationType | null {
  return file && line ? { file, line } : null;
}

function perms(row: { perm_read: boolean; perm_write: boolean; perm_create: boolean; perm_unlink: boolean }): PermsType {
  return { read: row.perm_read, write: row.perm_write, create: row.perm_create, unlink: row.perm_unlink };
}

export function toGroup(row: GroupRow): OdooGroupType {
  return {
    id: entityId(row.snapshot_id, row.xmlid),
    snapshotId: row.snapshot_id,
    xmlid: row.xmlid,
    name: row.name,
    module: row.module,
    category: row.category_xmlid ? { xmlid: row.category_xmlid, name: row.category_name } : null,
    privilege: row.privilege_xmlid ? { xmlid: row.privilege_xmlid, name: row.privilege_name } : null,
    share: row.share,
    userType: row.user_type,
    comment: row.comment,
    source: location(row.source_file, row.source_line),
  };
}

export function toUser(row: UserRow): OdooUserType {
  return {
    id: entityId(row.snapshot_id, row.key),
    snapshotId: row.snapshot_id,
    key: row.key,
    odooId: row.odoo_id,
    login: row.login,
    name: row.name,
    active: row.active,
    share: row.share,
    userType: row.user_type,
    companyKey: row.company_key,
    companyKeys: row.company_keys,
    loginDate: row.login_date,
    employeeKey: row.employee_key,
    departmentKey: row.department_key,
  };
}

export function toModel(row: ModelRow): OdooModelType {
  return { name: row.name, description: row.description, kind: row.kind, module: row.module, inherits: row.inherits };
}

export function toField(row: FieldRow): OdooFieldType {
  return {
    model: row.model,
    name: row.name,
    type: row.type,
    relation: row.relation,
    related: row.related,
    groups: row.groups,
    groupsSource: row.groups_source,
    setByModule: row.set_by_module,
    setBy: location(row.set_by_file, row.set_by_line),
  };
}

export function toAcl(row: AclRow): OdooAclType {
  return {
    xmlid: row.xmlid, name: row.name, model: row.model, groupXmlid: row.group_xmlid, perms: perms(row),
    active: row.active, module: row.module, source: location(row.source_file, row.source_line),
  };
}

export function toRule(row: RuleRow): OdooRuleType {
  return {
    xmlid: row.xmlid, name: row.name, model: row.model, groupXmlids: row.group_xmlids, global: row.group_xmlids.length === 0,
    domain: row.domain, perms: perms(row), active: row.active, module: row.module,
    source: location(row.source_file, row.source_line),
  };
}

export function toModule(row: ModuleRow): OdooModuleType {
  return { name: row.name, version: row.version, depends: row.depends, loadIndex: row.load_index };
}

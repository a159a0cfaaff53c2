import type { Snapshot, SourceLocation } from '@sightline/odoo-model';

/** Column name → value, for one row of a snapshot table (tenant and snapshot ids are added on insert). */
export type TableRow = Record<string, unknown>;

/** The snapshot's collections as rows of the inventory.snapshot_* tables, keyed by table. */
export function snapshotTableRows(snapshot: Snapshot): Record<string, TableRow[]> {
  return {
    snapshot_module: snapshot.meta.modules.map((m) => ({
      name: m.name, version: m.version, depends: m.depends, auto_install: m.autoInstall, load_index: m.loadIndex,
    })),
    snapshot_group: snapshot.groups.map((g) => ({
      xmlid: g.xmlid, name: g.name, module: g.module, category_xmlid: g.category?.xmlid ?? null,
      category_name: g.category?.name ?? null, privilege_xmlid: g.privilege?.xmlid ?? null,
      privilege_name: g.privilege?.name ?? null, share: g.share, user_type: g.userType, comment: g.comment, ...located(g.source),
    })),
    snapshot_implication: snapshot.groups.flatMap((g) =>
      unique(g.impliedXmlids).map((implied) => ({ group_xmlid: g.xmlid, implied_xmlid: implied })),
    ),
    snapshot_user: snapshot.users.map((u) => ({
      key: u.key, xmlid: u.xmlid, odoo_id: u.id, login: u.login, name: u.name, active: u.active, share: u.share,
      user_type: u.userType, company_key: u.companyKey, company_keys: u.companyKeys, login_date: u.loginDate,
      employee_key: u.employee?.employeeKey ?? null, department_key: u.employee?.departmentKey ?? null,
      parent_employee_key: u.employee?.parentEmployeeKey ?? null, ...located(u.source),
    })),
    snapshot_membership: snapshot.users.flatMap((u) => unique(u.groupXmlids).map((g) => ({ user_key: u.key, group_xmlid: g }))),
    snapshot_model: snapshot.models.map((m) => ({
      name: m.name, description: m.description, kind: m.kind, module: m.module, inherits: m.inherits,
    })),
    snapshot_field: snapshot.fields.map((f) => ({
      model: f.model, name: f.name, type: f.type, relation: f.relation ?? null, related: f.related, groups: f.groups,
      groups_source: f.groupsSource, set_by_module: f.setBy?.module ?? null, set_by_file: f.setBy?.file ?? null,
      set_by_line: f.setBy?.line ?? null,
    })),
    snapshot_acl: snapshot.acls.map((a) => ({
      xmlid: a.xmlid, name: a.name, model: a.model, group_xmlid: a.groupXmlid, ...permColumns(a.perms),
      active: a.active, module: a.module, ...located(a.source),
    })),
    snapshot_rule: snapshot.rules.map((r) => ({
      xmlid: r.xmlid, name: r.name, model: r.model, group_xmlids: r.groupXmlids, domain: r.domain,
      ...permColumns(r.perms), active: r.active, module: r.module, ...located(r.source),
    })),
    snapshot_default_user_group: unique(snapshot.defaultUserGroupXmlids).map((g) => ({ group_xmlid: g })),
  };
}

function located(source: SourceLocation | undefined): TableRow {
  return { source_file: source?.file ?? null, source_line: source?.line ?? null };
}

function permColumns(perms: { read: boolean; write: boolean; create: boolean; unlink: boolean }): TableRow {
  return { perm_read: perms.read, perm_write: perms.write, perm_create: perms.create, perm_unlink: perms.unlink };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}

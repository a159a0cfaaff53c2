import type { DataSource, EntityManager } from 'typeorm';
import { withTenant } from '@sightline/platform-db';
import type { OffsetPage } from '@sightline/platform-graphql';
import { ImplicationGraph } from './implication-graph';
import { noFilter, queryTablePage, whereAllowed, whereEquals, whereSearch, whereSearchGuarded } from './snapshot-table-query';
import type { TableFilter } from './snapshot-table-query';
import type { AclRow, FieldRow, GroupRow, ModelRow, ModuleRow, RuleRow, UserRow } from './snapshot-rows.type';

export interface SnapshotScope {
  tenantId: string;
  snapshotId: string;
  /** Which Odoo users the request may read (accessibleWhere over snapshot_user); all when absent. */
  readableUsers?: { sql: string; params: Record<string, unknown> };
  /**
   * The personal columns of snapshot_user (login, name) the request may read, each with the users
   * it may read it on; a search matches only these (others: the key only). All when absent.
   */
  personalColumns?: Array<{ column: 'login' | 'name'; readable: { sql: string; params: Record<string, unknown> } }>;
}

const cachedGraphs = 32;

/**
 * Reads a stored snapshot's contents. Snapshots never change, so each one's implication graph is
 * loaded once and kept (a few dozen of them at most).
 */
export class SnapshotContentsService {
  private readonly graphs = new Map<string, Promise<ImplicationGraph>>();

  constructor(private readonly dataSource: DataSource) {}

  modules(scope: SnapshotScope, page: OffsetPage): Promise<[ModuleRow[], number]> {
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_module', scope, noFilter, 'load_index', page));
  }

  groups(scope: SnapshotScope, filter: { search?: string; module?: string }, page: OffsetPage): Promise<[GroupRow[], number]> {
    let where = whereEquals(noFilter, 'module', filter.module);
    where = whereSearch(where, ['xmlid', 'name', 'category_name', 'privilege_name'], filter.search);
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_group', scope, where, 'xmlid', page));
  }

  async groupsByXmlid(scope: SnapshotScope, xmlids: readonly string[]): Promise<GroupRow[]> {
    if (xmlids.length === 0) return [];
    return this.read(scope, (db) => db.query(
      `select * from inventory.snapshot_group where tenant_id = $1 and snapshot_id = $2 and xmlid = any($3) order by xmlid`,
      [scope.tenantId, scope.snapshotId, xmlids],
    ));
  }

  users(
    scope: SnapshotScope,
    filter: { search?: string; active?: boolean; groupXmlid?: string },
    page: OffsetPage,
  ): Promise<[UserRow[], number]> {
    let where: TableFilter = whereEquals(noFilter, 'active', filter.active);
    // Login and name are matched only where the request may read them: a search must not find what
    // the answer masks (an admin recovering a login a prefix at a time).
    where = scope.personalColumns
      ? whereSearchGuarded(where, ['key'], scope.personalColumns, filter.search)
      : whereSearch(where, ['key', 'login', 'name'], filter.search);
    if (filter.groupXmlid) where = this.inGroup(where, filter.groupXmlid);
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_user', scope, this.allowedUsers(scope, where), 'key', page));
  }

  async usersByKey(scope: SnapshotScope, keys: readonly string[]): Promise<UserRow[]> {
    if (keys.length === 0) return [];
    const where = this.allowedUsers(scope, { conditions: ['key = any($3)'], params: [keys] });
    return this.read(scope, (db) => db.query(
      `select * from inventory.snapshot_user where tenant_id = $1 and snapshot_id = $2 and ${where.conditions.join(' and ')} order by key`,
      [scope.tenantId, scope.snapshotId, ...where.params],
    ));
  }

  async explicitGroupsOf(scope: SnapshotScope, userKey: string): Promise<string[]> {
    const rows: Array<{ group_xmlid: string }> = await this.read(scope, (db) => db.query(
      `select group_xmlid from inventory.snapshot_membership where tenant_id = $1 and snapshot_id = $2 and user_key = $3 order by group_xmlid`,
      [scope.tenantId, scope.snapshotId, userKey],
    ));
    return rows.map((r) => r.group_xmlid);
  }

  /** Users who hold the group explicitly or through any group that implies it. */
  async membersOf(scope: SnapshotScope, xmlid: string, includeImplied: boolean, page: OffsetPage): Promise<[UserRow[], number]> {
    const graph = await this.implicationGraph(scope);
    const holders = includeImplied ? [xmlid, ...graph.implyingClosureOf(xmlid)] : [xmlid];
    const where: TableFilter = {
      conditions: [`key in (select user_key from inventory.snapshot_membership m where m.snapshot_id = $2 and m.group_xmlid = any($3))`],
      params: [holders],
    };
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_user', scope, this.allowedUsers(scope, where), 'key', page));
  }

  models(scope: SnapshotScope, search: string | undefined, page: OffsetPage): Promise<[ModelRow[], number]> {
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_model', scope, whereSearch(noFilter, ['name', 'description'], search), 'name', page));
  }

  fields(scope: SnapshotScope, filter: { model?: string; protectedOnly?: boolean }, page: OffsetPage): Promise<[FieldRow[], number]> {
    let where = whereEquals(noFilter, 'model', filter.model);
    if (filter.protectedOnly) where = { ...where, conditions: [...where.conditions, `jsonb_array_length(groups) > 0`] };
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_field', scope, where, 'model, name', page));
  }

  acls(scope: SnapshotScope, filter: { model?: string; groupXmlid?: string }, page: OffsetPage): Promise<[AclRow[], number]> {
    const where = whereEquals(whereEquals(noFilter, 'model', filter.model), 'group_xmlid', filter.groupXmlid);
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_acl', scope, where, 'xmlid', page));
  }

  rules(scope: SnapshotScope, filter: { model?: string; groupXmlid?: string }, page: OffsetPage): Promise<[RuleRow[], number]> {
    let where = whereEquals(noFilter, 'model', filter.model);
    if (filter.groupXmlid) {
      where = { conditions: [...where.conditions, `$${where.params.length + 3} = any(group_xmlids)`], params: [...where.params, filter.groupXmlid] };
    }
    return this.read(scope, (db) => queryTablePage(db, 'snapshot_rule', scope, where, 'xmlid', page));
  }

  implicationGraph(scope: SnapshotScope): Promise<ImplicationGraph> {
    const cached = this.graphs.get(scope.snapshotId);
    if (cached) return cached;
    const loading = this.loadGraph(scope);
    this.graphs.set(scope.snapshotId, loading);
    if (this.graphs.size > cachedGraphs) this.graphs.delete(this.graphs.keys().next().value as string);
    loading.catch(() => this.graphs.delete(scope.snapshotId));
    return loading;
  }

  private async loadGraph(scope: SnapshotScope): Promise<ImplicationGraph> {
    const links = await this.read(scope, (db) => db.query(
      `select group_xmlid, implied_xmlid from inventory.snapshot_implication where tenant_id = $1 and snapshot_id = $2`,
      [scope.tenantId, scope.snapshotId],
    ));
    return new ImplicationGraph(links);
  }

  /** Every read acts as the tenant's role, so row-level security backs the tenant condition. */
  private read<T>(scope: SnapshotScope, work: (db: EntityManager) => Promise<T>): Promise<T> {
    return withTenant(this.dataSource, scope.tenantId, work);
  }

  private allowedUsers(scope: SnapshotScope, where: TableFilter): TableFilter {
    return scope.readableUsers ? whereAllowed(where, scope.readableUsers) : where;
  }

  private inGroup(where: TableFilter, groupXmlid: string): TableFilter {
    const n = where.params.length + 3;
    return {
      conditions: [...where.conditions, `key in (select user_key from inventory.snapshot_membership m where m.snapshot_id = $2 and m.group_xmlid = $${n})`],
      params: [...where.params, groupXmlid],
    };
  }
}

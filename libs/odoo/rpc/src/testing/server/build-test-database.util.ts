import { computeImpliedClosure, type Snapshot } from '@sightline/odoo-model';
import type { BuildContext } from './build-context.type';
import { buildGroups } from './build-groups.util';
import { buildAcls } from './build-acls.util';
import { buildCompanies } from './build-companies.util';
import { buildFields } from './build-fields.util';
import { buildHr } from './build-hr.util';
import { buildModels } from './build-models.util';
import { buildModules } from './build-modules.util';
import { buildRules } from './build-rules.util';
import { buildUsers } from './build-users.util';
import { completedFields } from './completed-fields.util';
import { completedGroups } from './completed-groups.util';
import { completedModels } from './completed-models.util';
import { completedUsers } from './completed-users.util';
import { TestDatabase } from './test-database';

/**
 * The records an Odoo database of `odooVersion` holds for this snapshot, stored the way that
 * version stores them (see {@link buildUsers}). HR tables exist when the snapshot has `hr.employee`.
 */
export function buildTestDatabase(snapshot: Snapshot, odooVersion: string): TestDatabase {
  const withHr = snapshot.models.some((m) => m.name === 'hr.employee') || snapshot.employees.length > 0 || snapshot.departments.length > 0;
  const db = new TestDatabase(odooVersion, withHr);
  const groups = completedGroups(snapshot, db.major);
  const ctx: BuildContext = {
    db,
    snapshot,
    groupIds: new Map(),
    companyIds: new Map(),
    userIds: new Map(),
    modelIds: new Map(),
    closure: computeImpliedClosure(groups),
  };
  const models = completedModels(snapshot);
  buildModules(db, snapshot.meta.modules);
  buildGroups(ctx, groups);
  buildCompanies(ctx, snapshot);
  buildUsers(ctx, completedUsers(snapshot, db.major));
  buildModels(ctx, models);
  buildFields(ctx, completedFields(snapshot.fields, models), models);
  buildAcls(ctx, snapshot.acls);
  buildRules(ctx, snapshot.rules);
  if (withHr) buildHr(ctx, snapshot.departments, snapshot.employees);
  return db;
}

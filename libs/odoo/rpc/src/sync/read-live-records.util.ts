import { OdooAccessError } from '../errors/odoo-access.error';
import type { OdooRecord } from '../client/odoo-record.type';
import type { LiveRecords } from './live-records.type';
import type { ModelReader, ModelReadSpec } from './model-reader';
import type { SyncWarnings } from './sync-warnings';
import { XML_ID_MODELS } from './xml-id-models';

const PERMS = ['perm_read', 'perm_write', 'perm_create', 'perm_unlink'];
const INSTALLED = ['installed', 'to upgrade', 'to remove'];

/**
 * Reads every model a snapshot needs (odoo-security-model.md §10.2), one after the other. HR models
 * are read when installed; an access error on them becomes a warning.
 */
export async function readLiveRecords(reader: ModelReader, warnings: SyncWarnings): Promise<LiveRecords> {
  const modules = await reader.read({ model: 'ir.module.module', fields: ['name', 'latest_version', 'auto_install'], domain: [['state', 'in', INSTALLED]] });
  const dependencies = await reader.read({
    model: 'ir.module.module.dependency',
    fields: ['name', 'module_id'],
    optional: ['auto_install_required'],
    domain: [['module_id', 'in', modules.map((m) => m.id)]],
  });
  const xmlids = await reader.read({ model: 'ir.model.data', fields: ['module', 'name', 'model', 'res_id'], domain: [['model', 'in', [...XML_ID_MODELS]]] });
  const explicitGroups = (await reader.fieldNames('res.users')).has('group_ids');
  const models = await reader.read({ model: 'ir.model', fields: ['model', 'name', 'transient'], optional: ['abstract', 'inherited_model_ids'] });
  const installed = new Set(models.map((m) => m['model']));
  return {
    modules,
    dependencies,
    xmlids,
    explicitGroups,
    models,
    categories: await reader.read({ model: 'ir.module.category', fields: ['name'] }),
    privileges: installed.has('res.groups.privilege') ? await reader.read({ model: 'res.groups.privilege', fields: ['name', 'category_id'] }) : null,
    groups: await reader.read({ model: 'res.groups', fields: ['name', 'implied_ids', 'share', 'comment'], optional: ['category_id', 'privilege_id'] }),
    companies: await reader.read({ model: 'res.company', fields: ['name', 'parent_id'] }),
    users: await reader.read(usersSpec(explicitGroups)),
    fields: await reader.read({ model: 'ir.model.fields', fields: ['model', 'name', 'ttype', 'relation', 'related'], optional: ['required'] }),
    acls: await reader.read({ model: 'ir.model.access', fields: ['name', 'model_id', 'group_id', ...PERMS, 'active'] }),
    rules: await reader.read({ model: 'ir.rule', fields: ['name', 'model_id', 'groups', 'domain_force', ...PERMS, 'active'] }),
    departments: installed.has('hr.department') ? await optional(reader, warnings, { model: 'hr.department', fields: ['name', 'parent_id', 'manager_id', 'company_id'] }) : null,
    employees: installed.has('hr.employee')
      ? await optional(reader, warnings, { model: 'hr.employee', fields: ['name', 'user_id', 'department_id', 'parent_id', 'company_id', 'active'] })
      : null,
  };
}

function usersSpec(explicitGroups: boolean): ModelReadSpec {
  const groups = explicitGroups ? ['group_ids', 'all_group_ids'] : ['groups_id'];
  return { model: 'res.users', fields: ['login', 'name', 'active', 'share', 'company_id', 'company_ids', ...groups], optional: ['login_date'] };
}

async function optional(reader: ModelReader, warnings: SyncWarnings, spec: ModelReadSpec): Promise<OdooRecord[] | null> {
  try {
    return await reader.read(spec);
  } catch (error) {
    if (!(error instanceof OdooAccessError)) throw error;
    warnings.add(`${spec.model} is not readable by this account, so it is left out of the snapshot (${error.serverMessage.split('\n')[0]})`);
    return null;
  }
}

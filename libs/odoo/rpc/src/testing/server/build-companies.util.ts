import type { Snapshot } from '@sightline/odoo-model';
import { assignIds } from './assign-ids.util';
import type { BuildContext } from './build-context.type';
import { idOfRecordKey } from './id-of-record-key.util';

/**
 * `res.company` rows; keys referenced by users or HR records but missing get a nameless company
 * (an addon-tree reading lists no companies, yet its users belong to `base.main_company`).
 */
export function buildCompanies(ctx: BuildContext, snapshot: Snapshot): void {
  const byKey = new Map(snapshot.companies.map((company) => [company.key, company]));
  const referenced = [...snapshot.users.flatMap((u) => [...u.companyKeys, u.companyKey]), ...snapshot.employees.map((e) => e.companyKey), ...snapshot.departments.map((d) => d.companyKey)];
  const keys = [...new Set([...byKey.keys(), ...referenced.filter((key): key is string => key !== null)])];
  const ids = assignIds(keys, (key) => byKey.get(key)?.id ?? idOfRecordKey(key));
  for (const key of keys) ctx.companyIds.set(key, ids.get(key)!);
  for (const key of keys) {
    const company = byKey.get(key);
    const parent = company?.parentKey ? ctx.companyIds.get(company.parentKey)! : false;
    const id = ctx.db.table('res.company').insert({ name: company?.name ?? false, parent_id: parent, active: true }, ids.get(key));
    const xmlid = company ? company.xmlid : idOfRecordKey(key) === null ? key : null;
    if (xmlid) ctx.db.addXmlid(xmlid, 'res.company', id);
  }
}

import type { Company } from '@sightline/odoo-model';
import type { CorpusSecurityData } from './corpus-security-data';

/** Companies the users refer to, `base.main_company` first (id 1, as Odoo creates it). */
export function corpusCompanies(data: CorpusSecurityData): Company[] {
  const keys = new Set(['base.main_company']);
  for (const user of data.users.values()) for (const key of [user.company, ...user.companies]) if (key) keys.add(key);
  return [...keys].map((key, index) => ({ key, xmlid: key, id: index + 1, name: null, parentKey: null }));
}

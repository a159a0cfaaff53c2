import type { Acl } from '@sightline/odoo-model';
import type { CorpusSecurityData } from './corpus-security-data';

export function corpusAcls(data: CorpusSecurityData): Acl[] {
  return [...data.acls.values()].filter((acl) => acl.model !== '').map((acl) => ({ ...acl }));
}

import type { Acl } from '../schema/acl.schema';
import type { Group } from '../schema/group.schema';
import type { Perms } from '../schema/perms.schema';
import type { Rule } from '../schema/rule.schema';
import type { User } from '../schema/user.schema';

/** Small, complete snapshot records for tests of the packages that consume snapshots. */
export const allPerms: Perms = { read: true, write: true, create: true, unlink: true };
export const readPerms: Perms = { read: true, write: false, create: false, unlink: false };

const moduleOf = (xmlid: string) => xmlid.split('.')[0]!;
const nameOf = (xmlid: string) => xmlid.split('.')[1]!;

export function groupRecord(xmlid: string, name: string, impliedXmlids: string[] = [], extra: Partial<Group> = {}): Group {
  return {
    xmlid, name, module: moduleOf(xmlid), category: null, privilege: null, impliedXmlids, share: false, comment: null,
    userType: null, ...extra,
  };
}

export function userRecord(key: string, id: number, groupXmlids: string[], extra: Partial<User> = {}): User {
  return {
    key, xmlid: null, id, login: `user${id}@example.com`, name: `User ${id}`, active: true, share: false, userType: 'internal',
    groupXmlids, companyKeys: ['base.main_company'], companyKey: 'base.main_company', loginDate: null, employee: null, ...extra,
  };
}

export function aclRecord(xmlid: string, model: string, groupXmlid: string | null, perms: Perms = readPerms, extra: Partial<Acl> = {}): Acl {
  return { xmlid, name: nameOf(xmlid), model, groupXmlid, perms, active: true, module: moduleOf(xmlid), ...extra };
}

export function ruleRecord(xmlid: string, model: string, groupXmlids: string[], domain: string, extra: Partial<Rule> = {}): Rule {
  return { xmlid, name: nameOf(xmlid), model, groupXmlids, domain, perms: allPerms, active: true, module: moduleOf(xmlid), ...extra };
}

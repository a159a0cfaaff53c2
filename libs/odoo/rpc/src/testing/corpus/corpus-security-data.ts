import { qualifyXmlId, splitXmlId } from '@sightline/odoo-model';
import { parse } from 'csv-parse/sync';
import type { AclDraft, GroupDraft, RuleDraft, UserDraft } from './corpus-drafts.type';
import { isPythonTruthy as isTruthy } from '@sightline/odoo-python';
import { evaluateFieldExpression } from './evaluate-field-expression.util';
import { applyX2manyCommands } from './apply-x2many-commands.util';
import { inverseX2manyEffects } from './inverse-x2many-effects.util';
import type { XmlRecord, XmlRecordField } from './xml-record.type';

const ALL_PERMS = { read: true, write: true, create: true, unlink: true };
const PERM_FIELDS = { perm_read: 'read', perm_write: 'write', perm_create: 'create', perm_unlink: 'unlink' } as const;

/**
 * The security records of data files applied in load order, as Odoo's loader would: later records
 * with the same XML id update earlier ones, x2many fields take command lists. Enough of the loader
 * for tests; the full reader is odoo-addons'.
 */
export class CorpusSecurityData {
  readonly groups = new Map<string, GroupDraft>();
  readonly users = new Map<string, UserDraft>();
  readonly categories = new Map<string, string | null>();
  readonly privileges = new Map<string, { name: string | null; category: string | null }>();
  readonly acls = new Map<string, AclDraft>();
  readonly rules = new Map<string, RuleDraft>();
  readonly #modelOfXmlName: ReadonlyMap<string, string>;

  constructor(modelOfXmlName: ReadonlyMap<string, string>) {
    this.#modelOfXmlName = modelOfXmlName;
  }

  applyRecord(record: XmlRecord, module: string, file: string): void {
    const xmlid = qualifyXmlId(record.id, module);
    const value = (field: XmlRecordField) => this.valueOf(field, module, file, record.line);
    for (const field of record.fields) {
      switch (record.model) {
        case 'res.groups':
          this.setGroupField(this.group(xmlid), field, value(field));
          break;
        case 'res.users':
          this.setUserField(this.user(xmlid), field, value(field));
          break;
        case 'ir.module.category':
          if (field.name === 'name') this.categories.set(xmlid, String(value(field)));
          break;
        case 'res.groups.privilege':
          this.setPrivilegeField(xmlid, field, value(field));
          break;
        case 'ir.model.access':
          this.setAclField(this.acl(xmlid), field, value(field));
          break;
        case 'ir.rule':
          this.setRuleField(this.rule(xmlid), field, value(field));
          break;
      }
    }
    if (record.model === 'ir.module.category' && !this.categories.has(xmlid)) this.categories.set(xmlid, null);
  }

  /**
   * `ir.model.access.csv`: `id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink`.
   * Quotes are relaxed as Python's csv reader relaxes them (17.0 spreadsheet_dashboard has a row missing its opening quote).
   */
  applyAccessCsv(text: string, module: string): void {
    const rows = parse(text, { columns: true, skip_empty_lines: true, relax_quotes: true }) as Record<string, string>[];
    for (const row of rows) {
      const acl = this.acl(qualifyXmlId(row['id']!, module));
      acl.name = row['name'] ?? acl.name;
      acl.model = this.modelOf(row['model_id:id'] ?? row['model_id/id'] ?? '', module) ?? acl.model;
      const group = row['group_id:id'] ?? row['group_id/id'] ?? '';
      acl.groupXmlid = group ? qualifyXmlId(group, module) : null;
      acl.perms = { read: row['perm_read'] === '1', write: row['perm_write'] === '1', create: row['perm_create'] === '1', unlink: row['perm_unlink'] === '1' };
    }
  }

  private valueOf(field: XmlRecordField, module: string, file: string, line: number): unknown {
    if (field.ref !== undefined) return field.ref ? qualifyXmlId(field.ref, module) : false;
    if (field.eval !== undefined) return evaluateFieldExpression(field.eval, module, file, line);
    return field.text.trim();
  }

  private setGroupField(group: GroupDraft, field: XmlRecordField, value: unknown): void {
    if (field.name === 'name') group.name = String(value);
    else if (field.name === 'category_id') group.category = value ? String(value) : null;
    else if (field.name === 'privilege_id') group.privilege = value ? String(value) : null;
    else if (field.name === 'implied_ids') applyX2manyCommands(group.implied, value);
    else if (field.name === 'share') group.share = isTruthy(value);
    else if (field.name === 'comment') group.comment = String(value);
    else if (field.name === 'users' || field.name === 'user_ids') this.applyInverse(value, (xmlid) => this.user(xmlid).groups, group.xmlid);
    else if (field.name === 'implied_by_ids') this.applyInverse(value, (xmlid) => this.group(xmlid).implied, group.xmlid);
  }

  /** Commands written on one side of a many2many, applied to the other side's sets. */
  private applyInverse(commands: unknown, setOf: (xmlid: string) => Set<string>, self: string): void {
    const { linked, unlinked } = inverseX2manyEffects(commands);
    for (const xmlid of linked) setOf(xmlid).add(self);
    for (const xmlid of unlinked) setOf(xmlid).delete(self);
  }

  private setUserField(user: UserDraft, field: XmlRecordField, value: unknown): void {
    if (field.name === 'name') user.name = String(value);
    else if (field.name === 'login') user.login = String(value);
    else if (field.name === 'active') user.active = isTruthy(value);
    else if (field.name === 'groups_id' || field.name === 'group_ids') applyX2manyCommands(user.groups, value);
    else if (field.name === 'company_id') user.company = value ? String(value) : null;
    else if (field.name === 'company_ids') applyX2manyCommands(user.companies, value);
  }

  private setPrivilegeField(xmlid: string, field: XmlRecordField, value: unknown): void {
    const privilege = this.privileges.get(xmlid) ?? { name: null, category: null };
    if (field.name === 'name') privilege.name = String(value);
    else if (field.name === 'category_id') privilege.category = value ? String(value) : null;
    this.privileges.set(xmlid, privilege);
  }

  private setAclField(acl: AclDraft, field: XmlRecordField, value: unknown): void {
    if (field.name === 'name') acl.name = String(value);
    else if (field.name === 'model_id') acl.model = this.modelOf(String(value), acl.module) ?? acl.model;
    else if (field.name === 'group_id') acl.groupXmlid = value ? String(value) : null;
    else if (field.name === 'active') acl.active = isTruthy(value);
    else if (field.name in PERM_FIELDS) acl.perms = { ...acl.perms, [PERM_FIELDS[field.name as keyof typeof PERM_FIELDS]]: isTruthy(value) };
  }

  private setRuleField(rule: RuleDraft, field: XmlRecordField, value: unknown): void {
    if (field.name === 'name') rule.name = String(value);
    else if (field.name === 'model_id') rule.model = this.modelOf(String(value), '') ?? rule.model;
    else if (field.name === 'groups') applyX2manyCommands(rule.groups, value);
    else if (field.name === 'domain_force') rule.domain = field.eval ?? String(value);
    else if (field.name === 'active') rule.active = isTruthy(value);
    else if (field.name in PERM_FIELDS) rule.perms = { ...rule.perms, [PERM_FIELDS[field.name as keyof typeof PERM_FIELDS]]: isTruthy(value) };
  }

  /** `model_hr_employee` / `hr.model_hr_employee` → `hr.employee`. */
  private modelOf(ref: string, module: string): string | null {
    const name = splitXmlId(qualifyXmlId(ref, module || 'base'))?.name ?? ref;
    return this.#modelOfXmlName.get(name) ?? null;
  }

  private group(xmlid: string): GroupDraft {
    return getOrAdd(this.groups, xmlid, () => ({ xmlid, name: null, category: null, privilege: null, implied: new Set(), share: false, comment: null }));
  }

  private user(xmlid: string): UserDraft {
    return getOrAdd(this.users, xmlid, () => ({ xmlid, login: null, name: null, active: true, groups: new Set(), company: null, companies: new Set() }));
  }

  private acl(xmlid: string): AclDraft {
    const module = splitXmlId(xmlid)!.module;
    return getOrAdd(this.acls, xmlid, () => ({ xmlid, name: '', model: '', groupXmlid: null, perms: { ...ALL_PERMS }, active: true, module }));
  }

  private rule(xmlid: string): RuleDraft {
    return getOrAdd(this.rules, xmlid, () => ({ xmlid, name: '', model: null, groups: new Set(), domain: null, perms: { ...ALL_PERMS }, active: true }));
  }
}

function getOrAdd<T>(map: Map<string, T>, key: string, create: () => T): T {
  let value = map.get(key);
  if (value === undefined) {
    value = create();
    map.set(key, value);
  }
  return value;
}

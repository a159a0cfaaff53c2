import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Acl, Group, Rule, User } from '@sightline/odoo-model';
import { userTypeOfGroup } from '@sightline/odoo-model';
import { evaluatePython, isPyTuple, parsePythonExpression, PyTuple } from '@sightline/odoo-python';
import type { Manifest } from './corpus-modules.test-util';
import type { CorpusVersion } from './corpus-snapshot.test-util';
import { parseCsv } from './parse-csv.test-util';
import { descendants, parseXml, type XmlElement } from './parse-xml.test-util';

/** Groups, users, ACLs and rules as the data files of the loaded modules leave them. */
export class LoadState {
  readonly groups = new Map<string, { group: Group; implied: string[] }>();
  readonly users = new Map<string, string[]>();
  readonly acls: Acl[] = [];
  readonly rules: Rule[] = [];

  constructor(
    readonly version: CorpusVersion,
    readonly models: ReadonlyMap<string, string>,
  ) {}

  group(xmlid: string): { group: Group; implied: string[] } {
    let entry = this.groups.get(xmlid);
    if (!entry) {
      const group: Group = { xmlid, name: null, module: xmlid.split('.')[0]!, category: null, privilege: null, impliedXmlids: [], share: false, comment: null, userType: userTypeOfGroup(xmlid) };
      entry = { group, implied: [] };
      this.groups.set(xmlid, entry);
    }
    return entry;
  }

  userGroups(key: string): string[] {
    return this.users.get(key) ?? this.users.set(key, []).get(key)!;
  }

  groupList(): Group[] {
    return [...this.groups.values()].map(({ group, implied }) => ({ ...group, impliedXmlids: implied }));
  }

  userList(): User[] {
    return [...this.users]
      .filter(([key]) => key !== 'base.default_user')
      .map(([key, groups]) => ({
        key, xmlid: key, id: key === 'base.user_root' ? 1 : key === 'base.user_admin' ? 2 : null, login: key === 'base.user_root' ? '__system__' : key,
        name: key, active: key === 'base.user_admin', share: false, userType: null, groupXmlids: groups,
        companyKeys: ['base.main_company'], companyKey: 'base.main_company', loginDate: null, employee: null,
      }));
  }

  /** 17/18: the groups of the `base.default_user` template; 19: `base.default_user_group`'s implied groups. */
  defaults(): string[] {
    if (this.version === '19.0') return this.groups.get('base.default_user_group')?.implied ?? [];
    return this.users.get('base.default_user') ?? [];
  }
}

export function loadModule(dir: string, module: string, manifest: Manifest, state: LoadState): void {
  const security = new Set(manifest.security_files ?? []);
  for (const file of manifest.data.filter((f) => security.has(f))) {
    const text = readFileSync(join(dir, 'addons', module, file), 'utf8');
    if (file.endsWith('.csv')) loadAccessCsv(text, module, file, state);
    else loadXml(parseXml(text), module, file, state);
  }
}

function loadAccessCsv(text: string, module: string, file: string, state: LoadState): void {
  if (!/ir\.model\.access[^/]*\.csv$/.test(file)) return;
  for (const row of parseCsv(text)) {
    const model = modelOf(row['model_id:id'] ?? row['model_id/id'] ?? '', module, state);
    const group = row['group_id:id'] ?? row['group_id/id'] ?? '';
    if (!model) continue;
    putAcl(state, {
      xmlid: qualify(row['id']!, module), name: row['name'] ?? row['id']!, model, groupXmlid: group ? qualify(group, module) : null,
      perms: { read: row['perm_read'] === '1', write: row['perm_write'] === '1', create: row['perm_create'] === '1', unlink: row['perm_unlink'] === '1' },
      active: true, module, source: { file: `${module}/${file}`, line: 1 },
    });
  }
}

function putAcl(state: LoadState, acl: Acl): void {
  const at = state.acls.findIndex((a) => a.xmlid === acl.xmlid);
  if (at >= 0) state.acls[at] = acl;
  else state.acls.push(acl);
}

function loadXml(root: XmlElement, module: string, file: string, state: LoadState): void {
  for (const record of descendants(root)) {
    if (record.name !== 'record' || !record.attrs['id']) continue;
    const xmlid = qualify(record.attrs['id'], module);
    const fields = new Map(record.children.filter((c) => c.name === 'field').map((c) => [c.attrs['name']!, c]));
    const model = record.attrs['model'];
    if (model === 'res.groups') loadGroup(xmlid, fields, module, state);
    else if (model === 'res.users') loadUser(xmlid, fields, module, state);
    else if (model === 'ir.rule') loadRule(xmlid, fields, module, file, state);
    else if (model === 'ir.model.access') loadXmlAcl(xmlid, fields, module, state);
  }
}

function loadGroup(xmlid: string, fields: Map<string, XmlElement>, module: string, state: LoadState): void {
  const entry = state.group(xmlid);
  const name = fields.get('name')?.text.trim();
  if (name) entry.group = { ...entry.group, name };
  const implied = fields.get('implied_ids');
  if (implied) entry.implied = applyCommands(entry.implied, implied, module);
  for (const usersField of ['users', 'user_ids']) {
    const links = fields.get(usersField);
    if (links) for (const user of applyCommands([], links, module)) state.userGroups(user).push(xmlid);
  }
  const impliedBy = fields.get('implied_by_ids');
  if (impliedBy) for (const other of applyCommands([], impliedBy, module)) state.group(other).implied.push(xmlid);
}

function loadUser(xmlid: string, fields: Map<string, XmlElement>, module: string, state: LoadState): void {
  const groups = fields.get('groups_id') ?? fields.get('group_ids');
  const current = state.userGroups(xmlid);
  if (groups) current.splice(0, current.length, ...applyCommands(current, groups, module));
}

function loadRule(xmlid: string, fields: Map<string, XmlElement>, module: string, file: string, state: LoadState): void {
  const model = modelOf(fields.get('model_id')?.attrs['ref'] ?? '', module, state);
  if (!model) return;
  const flag = (name: string) => fields.get(name)?.attrs['eval'] ?? 'True';
  const rule: Rule = {
    xmlid, name: fields.get('name')?.text.trim() ?? xmlid, model,
    groupXmlids: fields.get('groups') ? applyCommands([], fields.get('groups')!, module) : [],
    domain: fields.get('domain_force')?.text.trim() || null,
    perms: { read: isTrue(flag('perm_read')), write: isTrue(flag('perm_write')), create: isTrue(flag('perm_create')), unlink: isTrue(flag('perm_unlink')) },
    active: isTrue(flag('active')), module, source: { file: `${module}/${file}`, line: 1 },
  };
  const at = state.rules.findIndex((r) => r.xmlid === xmlid);
  if (at >= 0) state.rules[at] = rule;
  else state.rules.push(rule);
}

function loadXmlAcl(xmlid: string, fields: Map<string, XmlElement>, module: string, state: LoadState): void {
  const model = modelOf(fields.get('model_id')?.attrs['ref'] ?? '', module, state);
  if (!model) return;
  const group = fields.get('group_id')?.attrs['ref'];
  const flag = (name: string) => isTrue(fields.get(name)?.attrs['eval'] ?? fields.get(name)?.text ?? 'False');
  putAcl(state, {
    xmlid, name: fields.get('name')?.text.trim() ?? xmlid, model, groupXmlid: group ? qualify(group, module) : null,
    perms: { read: flag('perm_read'), write: flag('perm_write'), create: flag('perm_create'), unlink: flag('perm_unlink') },
    active: true, module,
  });
}

/** x2many commands of an `eval` (`[(4, ref('x'))]`, `[(6, 0, [...])]`, `Command.link(...)`…) applied to `current`. */
function applyCommands(current: readonly string[], field: XmlElement, module: string): string[] {
  const source = field.attrs['eval'];
  if (!source) return field.attrs['ref'] ? [qualify(field.attrs['ref'], module)] : [...current];
  const tuple = (...items: unknown[]) => new PyTuple(items as never[]);
  const Command = {
    create: () => tuple(0, 0, {}), update: (id: unknown) => tuple(1, id, {}), delete: (id: unknown) => tuple(2, id),
    unlink: (id: unknown) => tuple(3, id), link: (id: unknown) => tuple(4, id), clear: () => tuple(5), set: (ids: unknown) => tuple(6, 0, ids),
  };
  const value = evaluatePython(parsePythonExpression(source), { names: { ref: (x: string) => qualify(x, module), Command } });
  let result = [...current];
  for (const command of Array.isArray(value) ? value : []) {
    const items = isPyTuple(command) ? (command.items as unknown[]) : Array.isArray(command) ? command : [];
    const [code, id, ids] = items as [number, string, string[]];
    if (code === 4 && !result.includes(id)) result.push(id);
    else if (code === 3 || code === 2) result = result.filter((x) => x !== id);
    else if (code === 5) result = [];
    else if (code === 6) result = [...ids];
  }
  return result;
}

function isTrue(text: string): boolean {
  return !/^\s*(False|0|None)\s*$/.test(text);
}

export function qualify(xmlid: string, module: string): string {
  return xmlid.includes('.') ? xmlid : `${module}.${xmlid}`;
}

/** `model_hr_employee` / `hr.model_hr_employee` → `hr.employee` (convention: `model_` + name with `.` → `_`). */
function modelOf(ref: string, module: string, state: LoadState): string | null {
  const name = qualify(ref, module).split('.')[1] ?? '';
  return state.models.get(name) ?? null;
}

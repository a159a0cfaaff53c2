import type { Snapshot } from '@sightline/odoo-model';
import type { OdooReadProgress } from '../client/odoo-read-progress.type';
import { startOdooTestServer, type OdooTestServer, type TestDatabase } from '../testing';
import { clientOf } from '../testing/client-of.test-util';
import { HrTrees, READ_TREES_TIMEOUT_MS } from '../testing/hr-trees.test-util';
import { syncOdooSnapshot } from './sync-odoo-snapshot';

const trees = new HrTrees();
beforeAll(() => trees.read(), READ_TREES_TIMEOUT_MS);

async function withServer<T>(snapshot: Snapshot, run: (server: OdooTestServer) => Promise<T>, odooVersion?: string): Promise<T> {
  const server = await startOdooTestServer({ snapshot, odooVersion });
  try {
    return await run(server);
  } finally {
    await server.close();
  }
}

function dropXmlid(db: TestDatabase, xmlid: string): number {
  const row = db.xmlidRow(xmlid)!;
  db.table('ir.model.data').delete(row.id);
  return row['res_id'] as number;
}

describe('syncOdooSnapshot scenarios', () => {
  it.each(['17.0', '18.0', '19.0'] as const)('%s: without an addon-tree reading, takes field groups from the shipped catalog', async (version) => {
    const synced = await withServer(trees.snapshot(version), (server) => syncOdooSnapshot({ client: clientOf(server, 'jsonrpc') }));
    const field = (model: string, name: string) => synced.fields.find((f) => f.model === model && f.name === name);
    const privateEmail = field('hr.employee', 'private_email');
    expect(privateEmail).toMatchObject({ groups: [{ xmlid: 'hr.group_hr_user', negated: false }], groupsSource: 'catalog', setBy: { module: 'hr' } });
    // A field the catalog does not list: the _inherits link, which carries no groups.
    expect(field('res.users', 'partner_id')).toMatchObject({ groups: [], groupsSource: 'none' });
    // A field mail.mail has through _inherits: listed with the parent field's definition.
    expect(field('mail.mail', 'mail_ids')).toMatchObject({ groups: [{ xmlid: 'base.group_system', negated: false }], groupsSource: 'catalog', setBy: { module: 'mail', file: 'models/mail_message.py' } });
    expect(synced.meta.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching(`catalog of standard Odoo ${version} Community fields`));
  });

  it('keeps going when hr.employee is not readable, with a warning', async () => {
    const synced = await withServer(trees.snapshot('18.0'), (server) => {
      server.fault({ kind: 'access-error', when: { model: 'hr.employee' }, times: Infinity });
      return syncOdooSnapshot({ client: clientOf(server, 'xmlrpc') });
    });
    expect(synced.employees).toEqual([]);
    expect(synced.departments.length).toBeGreaterThan(0);
    expect(synced.users.every((u) => u.employee === null)).toBe(true);
    expect(synced.meta.warnings).toContainEqual({ message: expect.stringMatching(/^hr\.employee is not readable by this account, so it is left out of the snapshot \(You are not allowed/) });
  });

  it('neither duplicates nor skips users when records are inserted and deleted between pages', async () => {
    const source = trees.snapshot('19.0', 60, 5);
    const result = await withServer(source, async (server) => {
      const users = server.db.table('res.users');
      const ids = users.rows().map((row) => row.id);
      const [readEarly, unreadDeleted] = [ids[3]!, ids[ids.length - 2]!];
      let inserted: number[] = [];
      server.onCall((call, db) => {
        if (call.method !== 'search_read' || call.model !== 'res.users' || server.callsOf('search_read', 'res.users').length !== 2) return;
        const template = db.table('res.users').get(ids[5]!)!;
        const { id: _id, ...values } = template;
        inserted = [1, 2, 3].map((n) => db.table('res.users').insert({ ...values, login: `late${n}@example.com` }));
        db.table('res.users').delete(readEarly);
        db.table('res.users').delete(unreadDeleted);
      });
      const synced = await syncOdooSnapshot({ client: clientOf(server, 'json2'), fieldGroups: source.fields, pageSize: 10 });
      return { synced, ids, inserted, readEarly, unreadDeleted };
    });
    const syncedIds = result.synced.users.map((u) => u.id!);
    expect(new Set(syncedIds).size).toBe(syncedIds.length);
    const survivors = result.ids.filter((id) => id !== result.unreadDeleted);
    expect([...syncedIds].sort((a, b) => a - b)).toEqual([...survivors, ...result.inserted]);
  });

  it('keys records without XML ids as __export__ ids (security records) or #id (data records), consistently', async () => {
    const synced = await withServer(trees.snapshot('17.0'), (server) => {
      const ids = Object.fromEntries(
        ['hr.group_hr_user', 'hr.access_hr_employee_user', 'hr.hr_employee_comp_rule', 'base.user_admin', 'base.main_company'].map((x) => [x, dropXmlid(server.db, x)]),
      );
      return syncOdooSnapshot({ client: clientOf(server, 'jsonrpc') }).then((snapshot) => ({ snapshot, ids }));
    });
    const { snapshot, ids } = synced;
    const group = `__export__.res_groups_${ids['hr.group_hr_user']}`;
    expect(snapshot.groups.find((g) => g.xmlid === group)).toMatchObject({ module: '__export__', name: 'Officer: Manage all employees' });
    expect(snapshot.groups.find((g) => g.xmlid === 'hr.group_hr_manager')!.impliedXmlids).toEqual([group]);
    expect(snapshot.acls.find((a) => a.xmlid === `__export__.ir_model_access_${ids['hr.access_hr_employee_user']}`)).toMatchObject({ groupXmlid: group, model: 'hr.employee' });
    expect(snapshot.rules.find((r) => r.xmlid === `__export__.ir_rule_${ids['hr.hr_employee_comp_rule']}`)).toMatchObject({ model: 'hr.employee', module: '__export__' });
    const admin = snapshot.users.find((u) => u.key === `#${ids['base.user_admin']}`)!;
    expect(admin).toMatchObject({ xmlid: null, login: 'admin', companyKey: `#${ids['base.main_company']}` });
    expect(admin.storedGroupXmlids).toContain(group);
  });

  it('reports progress per model, ending with every record read', async () => {
    const progress: OdooReadProgress[] = [];
    const users = await withServer(trees.snapshot('18.0'), async (server) => {
      await syncOdooSnapshot({ client: clientOf(server, 'jsonrpc'), pageSize: 25, onProgress: (p) => progress.push(p) });
      return server.db.table('res.users').size;
    });
    const last = new Map(progress.map((p) => [p.model, p]));
    expect([...last.keys()]).toEqual(expect.arrayContaining(['ir.module.module', 'ir.model.data', 'res.groups', 'res.users', 'ir.model.fields', 'ir.model.access', 'ir.rule', 'hr.employee']));
    for (const p of last.values()) expect(p.read).toBe(p.total);
    expect(users).toBeGreaterThan(25);
    expect(users).toBeLessThan(50);
    expect(progress.filter((p) => p.model === 'res.users')).toEqual([0, 25, users].map((read) => ({ model: 'res.users', read, total: users })));
  });

  it('finds the _inherits link field of a model, preferring the required many2one', async () => {
    const base = trees.snapshot('19.0');
    const many2one = (name: string) => ({ model: 'res.users', name, type: 'many2one', relation: 'res.partner', related: null, groups: [], groupsSource: 'none' as const });
    const source: Snapshot = {
      ...base,
      models: base.models.map((m) => (m.name === 'res.users' ? { ...m, inherits: [{ parentModel: 'res.partner', field: 'partner_id' }] } : m)),
      fields: [...base.fields, many2one('partner_id'), many2one('commercial_partner_id')],
    };
    const synced = await withServer(source, (server) => syncOdooSnapshot({ client: clientOf(server, 'jsonrpc'), fieldGroups: source.fields }));
    expect(synced.models.find((m) => m.name === 'res.users')!.inherits).toEqual([{ parentModel: 'res.partner', field: 'partner_id' }]);
  });

  it('names saas series as odoo-model versions and uses their major version catalog', async () => {
    const synced = await withServer(trees.snapshot('18.0'), (server) => syncOdooSnapshot({ client: clientOf(server, 'jsonrpc') }), 'saas~18.2');
    expect(synced.meta.odooVersion).toBe('saas-18.2');
    expect(synced.meta.warnings.map((w) => w.message)).toContainEqual(expect.stringMatching('catalog of standard Odoo 18.0 Community fields'));
  });

  it('warns when the default-user template is missing (17/18)', async () => {
    const synced = await withServer(trees.snapshot('17.0'), (server) => {
      server.db.table('res.users').delete(dropXmlid(server.db, 'base.default_user'));
      return syncOdooSnapshot({ client: clientOf(server, 'jsonrpc'), fieldGroups: [] });
    });
    expect(synced.defaultUserGroupXmlids).toEqual([]);
    expect(synced.meta.warnings).toContainEqual({ message: 'user base.default_user was not found: the default groups of new users are unknown' });
  });
});

import { randomBytes } from 'node:crypto';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createTestDatabase } from '@sightline/platform-db/testing';
import type { TestDatabase } from '@sightline/platform-db/testing';
import { queryRows } from '@sightline/platform-db/testing';
import { subgraphClient } from '@sightline/platform-http/testing';
import { createLogger } from '@sightline/platform-http';
import { SecretBox } from '@sightline/platform-secrets';
import { defaultSnapshotProducers } from '../jobs/default-snapshot-producers';
import { serveInventorySubgraph } from '../serve-inventory-subgraph';
import type { StandaloneSubgraph } from '../serve-inventory-subgraph';
import { writeMiniAddonTree } from '../../test/addon-tree.test-util';
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { startOdooTestServer } from '@sightline/odoo-rpc/testing';
import { generateOrganisation } from '@sightline/odoo-corpus';

describe('sources and jobs (HTTP, PostgreSQL)', () => {
  let database: TestDatabase;
  let subgraph: StandaloneSubgraph;
  let url: string;
  let tree: string;

  const secretKey = randomBytes(32);
  // The admin runs sources: creating them, their credentials and syncs are admin work.
  const post = (query: string, variables: Record<string, unknown> = {}) => subgraphClient(url, secretKey, database.url).post(query, variables, { roles: ['admin'] });
  const sql = (text: string, params: unknown[] = []) => queryRows(database.url, text, params);
  const finished = async (jobId: string) => {
    for (let i = 0; i < 200; i++) {
      const body = await post('query($id: ID!) { job(id: $id) { id status error snapshotId progress { phase } } }', { id: jobId });
      const job = body.data!.job;
      if (job.status === 'succeeded' || job.status === 'failed') return job;
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`job ${jobId} did not finish`);
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    subgraph = await serveInventorySubgraph(database.url, 0, '127.0.0.1', createLogger('silent'), secretKey, {
      secrets: SecretBox.fromKey(secretKey),
      producers: defaultSnapshotProducers(),
      // The Odoo-compatible test server listens on loopback, which sources may reach only when allowed.
      odooAllowedHosts: ['127.0.0.1'],
    });
    const address = subgraph.server.address();
    url = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/graphql`;
    tree = writeMiniAddonTree();
  }, 60_000);

  afterAll(async () => {
    await subgraph?.stop();
    await database?.dispose();
    rmSync(tree, { recursive: true, force: true });
  });

  it('imports an addons source into a snapshot that becomes the current one', async () => {
    const created = await post(
      `mutation($input: CreateAddonsSourceInput!) { createAddonsSource(input: $input) { id kind addonsPaths currentSnapshotId } }`,
      { input: { name: 'ACME addons', addonsPaths: [tree], odooVersion: '17.0' } },
    );
    expect(created.errors).toBeUndefined();
    const source = created.data!.createAddonsSource;
    const started = await post('mutation($id: ID!) { importAddons(sourceId: $id) { id status kind } }', { id: source.id });
    expect(started.data!.importAddons).toMatchObject({ kind: 'import-addons' });
    const job = await finished(started.data!.importAddons.id);
    expect(job).toMatchObject({ status: 'succeeded', error: null, progress: { phase: 'done' } });

    const body = await post(
      `query($id: ID!, $source: ID!) {
        source(id: $source) { currentSnapshotId lastJob { status } }
        snapshot(id: $id) { sourceKind odooVersion
          payroll: group(xmlid: "acme_hr.group_payroll") { impliedClosure { xmlid } }
          fields(protectedOnly: true) { edges { node { model name groups { xmlid } setBy { file line } } } }
          acls { edges { node { xmlid model groupXmlid source { file line } } } }
        }
      }`,
      { id: job.snapshotId, source: source.id },
    );
    expect(body.errors).toBeUndefined();
    expect(body.data!.source).toEqual({ currentSnapshotId: job.snapshotId, lastJob: { status: 'succeeded' } });
    const snapshot = body.data!.snapshot;
    expect(snapshot.odooVersion).toBe('17.0');
    expect(snapshot.payroll.impliedClosure.map((g: { xmlid: string }) => g.xmlid)).toEqual(['acme_hr.group_officer', 'base.group_user']);
    expect(snapshot.fields.edges).toEqual([
      { node: { model: 'acme.employee', name: 'private_email', groups: [{ xmlid: 'acme_hr.group_officer' }], setBy: { file: 'acme_hr/models/acme_employee.py', line: 8 } } },
    ]);
    expect(snapshot.acls.edges).toEqual([
      { node: { xmlid: 'acme_hr.access_acme_employee_officer', model: 'acme.employee', groupXmlid: 'acme_hr.group_officer', source: { file: 'acme_hr/security/ir.model.access.csv', line: 2 } } },
    ]);
  }, 30_000);

  it("takes an entry of addonsPaths as Odoo's comma-separated addons_path", async () => {
    const created = await post(
      `mutation($input: CreateAddonsSourceInput!) { createAddonsSource(input: $input) { addonsPaths } }`,
      { input: { name: 'ACME from odoo.conf', addonsPaths: [`${tree}, /opt/other/addons`], odooVersion: '17.0' } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createAddonsSource.addonsPaths).toEqual([tree, '/opt/other/addons']);
  }, 30_000);

  it('reports a broken tree with file and line, and keeps the previous snapshot current', async () => {
    const created = await post(
      `mutation($input: CreateAddonsSourceInput!) { createAddonsSource(input: $input) { id } }`,
      { input: { name: 'ACME addons, to be broken', addonsPaths: [tree], odooVersion: '17.0' } },
    );
    const id = created.data!.createAddonsSource.id;
    const first = await finished((await post('mutation($id: ID!) { importAddons(sourceId: $id) { id } }', { id })).data!.importAddons.id);
    const xml = join(tree, 'acme_hr/security/acme_security.xml');
    writeFileSync(xml, '<?xml version="1.0"?>\n<odoo>\n  <record model="res.groups" id="group_officer">\n</odoo>\n');
    const second = await finished((await post('mutation($id: ID!) { importAddons(sourceId: $id) { id } }', { id })).data!.importAddons.id);
    expect(second.status).toBe('failed');
    expect(second.error).toContain(`${xml}:`);
    const source = await post('query($id: ID!) { source(id: $id) { currentSnapshotId } }', { id });
    expect(source.data!.source.currentSnapshotId).toBe(first.snapshotId);
  }, 30_000);

  it('stores an Odoo API key sealed and never returns it', async () => {
    const created = await post(
      `mutation($input: CreateOdooSourceInput!) { createOdooSource(input: $input) { id odooUrl protocol hasCredential } }`,
      { input: { name: 'Production', url: 'https://erp.example.com/', database: 'prod', login: 'sightline', apiKey: 'super-secret-api-key' } },
    );
    expect(created.errors).toBeUndefined();
    expect(created.data!.createOdooSource).toMatchObject({ odooUrl: 'https://erp.example.com', protocol: 'jsonrpc', hasCredential: true });
    const [row] = await sql('select credential from inventory.source where id = $1', [created.data!.createOdooSource.id]);
    expect(Buffer.isBuffer(row.credential)).toBe(true);
    expect(row.credential.includes(Buffer.from('super-secret-api-key'))).toBe(false);
    const everything = JSON.stringify(await post('{ sources { edges { node { id name odooLogin hasCredential } } } }'));
    expect(everything).not.toContain('super-secret-api-key');
  });

  it.each([
    [{ url: 'ftp://erp.example.com' }, 'input.url: must be http:// or https://'],
    [{ url: 'https://admin:pw@erp.example.com' }, 'input.url: must not carry credentials; use apiKey'],
    [{ database: ' ' }, 'input.database: must not be empty'],
  ])('rejects %j naming the input field', async (change, message) => {
    const input = { name: `bad ${message}`, url: 'https://erp.example.com', database: 'prod', login: 'x', apiKey: 'k', ...change };
    const body = await post(`mutation($input: CreateOdooSourceInput!) { createOdooSource(input: $input) { id } }`, { input });
    expect(body.errors?.[0]).toMatchObject({ message, extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('syncs an Odoo source from an Odoo-compatible server, and fails clearly with a wrong key', async () => {
    const base = readAddonsSnapshot({ addonsPaths: [tree], odooVersion: '17.0', mode: 'lenient' }).snapshot;
    const organisation = generateOrganisation(base, { users: 40, seed: 7 });
    const reader = organisation.users.find((u) => u.active && u.userType === 'internal')!;
    const odoo = await startOdooTestServer({ snapshot: organisation, credentials: { login: reader.login! } });
    try {
      const create = (name: string, apiKey: string) =>
        post(`mutation($input: CreateOdooSourceInput!) { createOdooSource(input: $input) { id } }`, {
          input: { name, url: odoo.url, database: 'sightline', login: odoo.credentials.login, apiKey },
        });
      const good = (await create('ACME live', odoo.credentials.apiKey)).data!.createOdooSource.id;
      const job = await finished((await post('mutation($id: ID!) { syncSource(sourceId: $id) { id } }', { id: good })).data!.syncSource.id);
      expect(job).toMatchObject({ status: 'succeeded', error: null });
      const body = await post('query($id: ID!) { snapshot(id: $id) { sourceKind counts { users groups } users(active: true) { totalCount } } }', { id: job.snapshotId });
      expect(body.data!.snapshot.sourceKind).toBe('live');
      expect(body.data!.snapshot.counts.users).toBeGreaterThanOrEqual(40);

      const bad = (await create('ACME live, wrong key', 'not-the-key')).data!.createOdooSource.id;
      const failed = await finished((await post('mutation($id: ID!) { syncSource(sourceId: $id) { id } }', { id: bad })).data!.syncSource.id);
      expect(failed.status).toBe('failed');
      expect(failed.error).toMatch(/authent/i);
      expect(failed.error).not.toContain('not-the-key');

      // Who started each sync, each use of a stored key, and how each ended: in the audit log, never the key.
      const entries = await sql(`select action, outcome, actor ->> 'id' as actor, object_ids, details::text from audit.entry where action like 'sync.%' or action = 'credential.use' order by seq`);
      expect(entries.map((e) => `${e.action} ${e.outcome} ${e.actor}`)).toEqual([
        'sync.start success test-principal', 'credential.use success inventory-job-runner', 'sync.finish success inventory-job-runner',
        'sync.start success test-principal', 'credential.use success inventory-job-runner', 'sync.finish failure inventory-job-runner',
      ]);
      expect(entries[2].object_ids).toEqual([good, job.snapshotId]);
      expect(JSON.stringify(entries)).not.toContain(odoo.credentials.apiKey);
    } finally {
      await odoo.close();
    }
  }, 60_000);

  it('reports a failed sync generically: no bytes of the answer, a closed port and a non-Odoo answer alike', async () => {
    const { createServer } = await import('node:http');
    const answering = createServer((_req, res) => res.writeHead(500, { 'content-type': 'text/html' }).end('<html>INTERNAL admin console, token=abc</html>'));
    const closed = createServer();
    await Promise.all([answering, closed].map((server) => new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))));
    const portOf = (server: typeof closed) => (server.address() as { port: number }).port;
    const closedPort = portOf(closed);
    await new Promise((resolve) => closed.close(resolve));
    try {
      const errors: string[] = [];
      for (const [name, port, protocol] of [['html', portOf(answering), 'jsonrpc'], ['closed', closedPort, 'jsonrpc'], ['json2 html', portOf(answering), 'json2']] as const) {
        const created = await post(`mutation($input: CreateOdooSourceInput!) { createOdooSource(input: $input) { id } }`, {
          input: { name: `probe ${name}`, url: `http://127.0.0.1:${port}`, database: 'x', login: 'x', apiKey: 'x', protocol },
        });
        const job = await finished((await post('mutation($id: ID!) { syncSource(sourceId: $id) { id } }', { id: created.data!.createOdooSource.id })).data!.syncSource.id);
        expect(job.status).toBe('failed');
        errors.push(job.error);
      }
      expect(new Set(errors).size).toBe(1);
      expect(errors[0]).toBe('no usable answer from an Odoo server at the source URL (it could not be reached, did not answer in time, or did not answer as Odoo does)');
      const audited = JSON.stringify(await sql(`select details from audit.entry where action = 'sync.finish' and outcome = 'failure'`));
      expect(audited).not.toMatch(/html|INTE|ECONNREFUSED|token=abc/);
    } finally {
      answering.close();
    }
  }, 60_000);

  it('refuses a sync of an addons source and an import of an Odoo source', async () => {
    const { data } = await post('{ sources { edges { node { id kind } } } }');
    const addons = data!.sources.edges.find((e: { node: { kind: string } }) => e.node.kind === 'addons').node.id;
    const odoo = data!.sources.edges.find((e: { node: { kind: string } }) => e.node.kind === 'odoo').node.id;
    expect((await post('mutation($id: ID!) { syncSource(sourceId: $id) { id } }', { id: addons })).errors?.[0].message).toBe(
      'sourceId: is an addons source: use importAddons',
    );
    expect((await post('mutation($id: ID!) { importAddons(sourceId: $id) { id } }', { id: odoo })).errors?.[0].message).toBe(
      'sourceId: is an Odoo source: use syncSource',
    );
  });
});

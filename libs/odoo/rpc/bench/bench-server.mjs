// Child process of sync.bench.mjs: serves an Odoo test database so the sync's memory is measured alone.
// The data: the materialised corpus tree with every Community application installed (with
// dependencies and auto-installs) read by the addon reader, a generated organisation of `users`
// users/employees, and plain fields up to a live-like ir.model.fields size.
import { readAddonsSnapshot } from '@sightline/odoo-addons';
import { corpusManifests, generateOrganisation, materializeCorpusTree } from '@sightline/odoo-corpus';
import { startOdooTestServer } from '@sightline/odoo-rpc/testing';

const { odooVersion, users, fieldTarget } = JSON.parse(process.argv[2]);

function applications(version) {
  return [...corpusManifests(version)].filter(([name, manifest]) => manifest.application && !/^(l10n|test|theme)_/.test(name)).map(([name]) => name);
}

function readTree(version) {
  const tree = materializeCorpusTree(version);
  try {
    return readAddonsSnapshot({ addonsPaths: [tree.addonsPath], odooVersion: version, install: applications(version), mode: 'lenient' }).snapshot;
  } finally {
    tree.remove();
  }
}

function withPlainFields(snapshot, target) {
  const models = snapshot.models.filter((model) => model.kind !== 'AbstractModel');
  const extra = [];
  for (let n = 0; snapshot.fields.length + extra.length < target; n++) {
    const model = models[n % models.length];
    extra.push({ model: model.name, name: `field_${Math.floor(n / models.length)}`, type: 'char', relation: null, related: null, groups: [], groupsSource: 'none' });
  }
  return { ...snapshot, fields: [...snapshot.fields, ...extra] };
}

const base = readTree(odooVersion);
const snapshot = withPlainFields(generateOrganisation(base, { users, seed: 2025 }), fieldTarget);
const server = await startOdooTestServer({ snapshot });
process.send({
  url: server.url,
  database: server.database,
  credentials: server.credentials,
  counts: { modules: snapshot.meta.modules.length, groups: snapshot.groups.length, users: snapshot.users.length, employees: snapshot.employees.length, acls: snapshot.acls.length, rules: snapshot.rules.length, models: snapshot.models.length, fields: snapshot.fields.length },
});
process.on('message', async () => {
  await server.close();
  process.send({ maxRssMb: process.resourceUsage().maxRSS / 1024 });
  process.exit(0);
});

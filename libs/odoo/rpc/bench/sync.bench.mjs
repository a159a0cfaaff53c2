// Times a full sync of a 10,000-user test database and reports wall time and peak RSS of the
// syncing process (the test server runs in a child process). Run after `build`:
//   npm run bench -w @sightline/odoo-rpc            (defaults: 19.0 over jsonrpc, 10,000 users)
//   BENCH_VERSION=17.0 BENCH_PROTOCOL=xmlrpc BENCH_USERS=10000 npm run bench -w @sightline/odoo-rpc
import { fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import { OdooClient, syncOdooSnapshot } from '@sightline/odoo-rpc';

const odooVersion = process.env.BENCH_VERSION ?? '19.0';
const protocol = process.env.BENCH_PROTOCOL ?? 'jsonrpc';
const users = Number(process.env.BENCH_USERS ?? 10_000);
const goals = { seconds: 10, rssMb: 500 };

const child = fork(fileURLToPath(new URL('./bench-server.mjs', import.meta.url)), [JSON.stringify({ odooVersion, users, fieldTarget: 18_000 })]);
const [server] = await once(child, 'message');
const client = new OdooClient({
  url: server.url,
  database: server.database,
  login: server.credentials.login,
  secret: protocol === 'json2' ? server.credentials.apiKey : server.credentials.password,
  protocol,
});

const started = performance.now();
const snapshot = await syncOdooSnapshot({ client });
const seconds = (performance.now() - started) / 1000;
const rssMb = process.resourceUsage().maxRSS / 1024;

child.send('stop');
const [serverStats] = await once(child, 'message');
const counts = { users: snapshot.users.length, employees: snapshot.employees.length, groups: snapshot.groups.length, acls: snapshot.acls.length, rules: snapshot.rules.length, models: snapshot.models.length, fields: snapshot.fields.length };
console.log(`odoo-rpc sync bench: Odoo ${odooVersion} over ${protocol}, served ${JSON.stringify(server.counts)}`);
console.log(`  synced ${JSON.stringify(counts)}`);
console.log(`  wall time ${seconds.toFixed(2)} s (goal < ${goals.seconds} s), peak RSS ${rssMb.toFixed(0)} MB (goal < ${goals.rssMb} MB); test server peak RSS ${serverStats.maxRssMb.toFixed(0)} MB`);
if (seconds >= goals.seconds || rssMb >= goals.rssMb) {
  console.error('  goal missed');
  process.exitCode = 1;
}

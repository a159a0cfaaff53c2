import { generateOrganisation, type CorpusVersion } from '@sightline/odoo-corpus';
import {
  AccessEngine, computeExposureMatrix, computeWhatIf, findFieldReaders, type SnapshotChange,
} from '../index';
import { corpusSnapshot } from '../testing/corpus-snapshot.test-util';
import { naiveFieldAccess } from '../testing/index';
import { ms, percentile, timeRuns } from '../testing/bench-timing';

/**
 * `npm run bench`: an organisation of 10,000 users over the biggest snapshot a real tree gives (every
 * community module of the published 19.0 tree but tests, themes, localisations; read by the real addon reader and
 * classified by the privacy catalog), and side by side: the full exposure matrix (cold = from the
 * snapshot, warm = engine built), the naive evaluator on the same input, one membership change
 * re-applied, who-can-read-X. Options: `--version=18.0`, `--users=N`.
 */
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const version = (args['version'] ?? '19.0') as CorpusVersion;
const userCount = Number(args['users'] ?? 10_000);

const base = corpusSnapshot(version, 'all');
// Access by job function (150 roles), as companies assign it; see OrganisationOptions.jobRoles.
const snapshot = generateOrganisation(base, { users: userCount, seed: 42, jobRoles: 150 });
const classified = snapshot.classifications.length;
console.log(`snapshot: the published Odoo ${version} tree read by @sightline/odoo-addons, every application module (${snapshot.meta.modules.length} modules): ${snapshot.groups.length} groups, ${snapshot.acls.length} ACL rows, ${snapshot.rules.length} rules, ${snapshot.fields.length} fields with groups, ${classified} classified fields`);
console.log(`organisation: ${snapshot.users.length} users (${snapshot.users.filter((u) => !u.active).length} inactive), ${snapshot.employees.length} employees, ${snapshot.departments.length} departments, ${snapshot.companies.length} companies\n`);

const cold = timeRuns(15, () => computeExposureMatrix(AccessEngine.create(snapshot)));
const engine = AccessEngine.create(snapshot);
const matrix = computeExposureMatrix(engine);
const warm = timeRuns(30, () => computeExposureMatrix(engine));
const cells = matrix.profiles.reduce((n, p) => n + p.userKeys.length, 0) * matrix.fields.length;
console.log(`profiles: ${engine.profiles.length} for ${engine.users.length} users; matrix covers ${cells.toLocaleString('en')} user × field cells`);

const naiveStart = process.hrtime.bigint();
let naiveGrants = 0;
for (const user of snapshot.users) {
  for (const field of matrix.fields) {
    const answer = naiveFieldAccess(snapshot, user.key, field.model, field.field);
    if (answer.read || answer.write) naiveGrants++;
  }
}
const naive = Number(process.hrtime.bigint() - naiveStart) / 1e6;

const internal = snapshot.users.filter((u) => u.active && u.groupXmlids.includes('base.group_user'));
const groups = snapshot.groups.map((g) => g.xmlid).filter((x) => !x.startsWith('base.'));
const change = (i: number): SnapshotChange => ({ kind: 'add-membership', userKey: internal[(i * 7919) % internal.length]!.key, groupXmlid: groups[(i * 104729) % groups.length]! });
const membership = timeRuns(300, (i) => computeWhatIf(engine, [change(i)]), 20);
const removal = timeRuns(300, (i) => computeWhatIf(engine, [{ kind: 'remove-membership', userKey: internal[i % internal.length]!.key, groupXmlid: internal[i % internal.length]!.groupXmlids.at(-1)! }]), 20);

const fresh = AccessEngine.create(snapshot);
const firstReaders = timeRuns(matrix.fields.length, (i) => findFieldReaders(fresh, matrix.fields[i]!.model, matrix.fields[i]!.field), 0);
const readers = timeRuns(1000, (i) => findFieldReaders(engine, matrix.fields[i % matrix.fields.length]!.model, matrix.fields[i % matrix.fields.length]!.field), 20);

const rows: [string, string, string, string][] = [
  ['full exposure matrix, cold (snapshot → engine → matrix)', `p50 ${ms(percentile(cold, 50))}`, `p95 ${ms(percentile(cold, 95))}`, `goal < 100 ms p50: ${verdict(percentile(cold, 50) < 100)}`],
  ['full exposure matrix, warm (engine built)', `p50 ${ms(percentile(warm, 50))}`, `p95 ${ms(percentile(warm, 95))}`, ''],
  ['naive evaluator, same users × fields, one run', ms(naive), '', `engine ${(naive / percentile(cold, 50)).toFixed(0)}× faster cold, ${(naive / percentile(warm, 50)).toFixed(0)}× warm (goal ≥ 50×: ${verdict(naive / percentile(cold, 50) >= 50)})`],
  ['one membership added, re-applied (what-if + diff)', `p50 ${ms(percentile(membership, 50))}`, `p95 ${ms(percentile(membership, 95))}`, `goal ≤ 2 ms p50: ${verdict(percentile(membership, 50) <= 2)}; ${(percentile(cold, 50) / percentile(membership, 50)).toFixed(0)}× cheaper than a full recompute`],
  ['one membership removed, re-applied', `p50 ${ms(percentile(removal, 50))}`, `p95 ${ms(percentile(removal, 95))}`, ''],
  ['who can read X (warm)', `p50 ${ms(percentile(readers, 50))}`, `p99 ${ms(percentile(readers, 99))}`, `goal < 10 ms p99: ${verdict(percentile(readers, 99) < 10)}`],
  ['who can read X, first query per field on a new engine', `p50 ${ms(percentile(firstReaders, 50))}`, `p99 ${ms(percentile(firstReaders, 99))}`, ''],
];
const width = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((n, i) => Math.max(n, b[i]!)));
console.log(`\n${rows.map((r) => r.map((c, i) => c.padEnd(width[i]!)).join('  ')).join('\n')}`);
console.log(`\nnaive grants ${naiveGrants.toLocaleString('en')}; engine grants ${matrix.profiles.reduce((n, p) => n + p.userKeys.length * p.cells.filter((c) => c.read || c.write).length, 0).toLocaleString('en')} (must be equal)`);

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

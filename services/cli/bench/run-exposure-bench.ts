import 'reflect-metadata';
import { AccessEngine, computeExposureMatrix, computeWhatIf, findFieldReaders, type SnapshotChange } from '@sightline/access-engine';
import { naiveFieldAccess } from '@sightline/access-engine/testing';
import { openInventoryDatabase, storeSnapshot } from '@sightline/inventory';
import type { CorpusVersion } from '@sightline/odoo-corpus';
import { createTestDatabase } from '@sightline/platform-db/testing';
import { benchSnapshot } from './bench-snapshot';
import { engineReadGrants } from './engine-read-grants.util';
import { openReadGrantsSession, queryReadGrants } from './read-grants-query';
import { ms, percentile, timeRuns, timeRunsAsync } from '@sightline/access-engine/testing';

/**
 * `npm run bench`: full exposure of a generated organisation over the real 18.0 snapshot, side by
 * side with the naive per-(user, field) evaluator and with one SQL query over the same snapshot
 * stored in PostgreSQL (DATABASE_URL's server, else a container or an embedded server); then one
 * membership change re-applied and who-can-read-X. Options: `--version=19.0`, `--users=N`, `--sql-runs=N`.
 */
const args = Object.fromEntries(process.argv.slice(2).map((a) => a.replace(/^--/, '').split('=') as [string, string]));
const version = (args['version'] ?? '18.0') as CorpusVersion;
const userCount = Number(args['users'] ?? 10_000);
const sqlRuns = Number(args['sql-runs'] ?? 7);

async function main(): Promise<void> {
  const snapshot = benchSnapshot(version, userCount, 42);
  console.log(`snapshot: odoo-corpus ${version} read by @sightline/odoo-addons (${snapshot.meta.modules.length} modules): ${snapshot.groups.length} groups, ${snapshot.acls.length} ACL rows, ${snapshot.rules.length} rules, ${snapshot.fields.length} fields with groups, ${snapshot.classifications.length} classified fields`);
  console.log(`organisation: ${snapshot.users.length} users (${snapshot.users.filter((u) => !u.active).length} inactive), ${snapshot.employees.length} employees, ${snapshot.departments.length} departments, ${snapshot.companies.length} companies`);

  const cold = timeRuns(15, () => computeExposureMatrix(AccessEngine.create(snapshot)));
  const engine = AccessEngine.create(snapshot);
  const matrix = computeExposureMatrix(engine);
  const warm = timeRuns(30, () => computeExposureMatrix(engine));
  const engineGrants = engineReadGrants(matrix);
  console.log(`profiles: ${engine.profiles.length} for ${engine.users.length} users; ${matrix.fields.length} classified fields in the matrix`);

  const naiveStart = process.hrtime.bigint();
  let naiveGrants = 0;
  for (const user of snapshot.users) {
    for (const field of matrix.fields) if (naiveFieldAccess(snapshot, user.key, field.model, field.field).read) naiveGrants++;
  }
  const naive = Number(process.hrtime.bigint() - naiveStart) / 1e6;

  const database = await createTestDatabase();
  const dataSource = await openInventoryDatabase(database.url);
  let sql: number[];
  let sqlGrants: Set<string>;
  try {
    const stored = await storeSnapshot(dataSource, { tenantSlug: 'default', snapshot, label: `bench ${version}, ${userCount} users` });
    await dataSource.query('analyze');
    const session = await openReadGrantsSession(dataSource);
    try {
      const rows = await queryReadGrants(session, stored.id, matrix.fields);
      sqlGrants = new Set(rows.map((r) => `${r.user_key}\t${r.model}/${r.field}`));
      sql = await timeRunsAsync(sqlRuns, () => queryReadGrants(session, stored.id, matrix.fields));
      console.log(`PostgreSQL ${(await session.query('show server_version'))[0].server_version} (${database.kind} database); the query returns ${rows.length.toLocaleString('en')} rows`);
    } finally {
      await session.release();
    }
  } finally {
    await dataSource.destroy();
    await database.dispose();
  }

  const internal = snapshot.users.filter((u) => u.active && u.groupXmlids.includes('base.group_user'));
  const groups = snapshot.groups.map((g) => g.xmlid).filter((x) => !x.startsWith('base.'));
  const change = (i: number): SnapshotChange => ({ kind: 'add-membership', userKey: internal[(i * 7919) % internal.length]!.key, groupXmlid: groups[(i * 104729) % groups.length]! });
  const membership = timeRuns(300, (i) => computeWhatIf(engine, [change(i)]), 20);
  const readers = timeRuns(1000, (i) => findFieldReaders(engine, matrix.fields[i % matrix.fields.length]!.model, matrix.fields[i % matrix.fields.length]!.field), 20);

  const matrixP50 = percentile(cold, 50);
  const warmP50 = percentile(warm, 50);
  const sqlP50 = percentile(sql, 50);
  const rows: [string, string, string, string][] = [
    ['measure', 'p50', 'p95 / p99 / warm', 'goal'],
    ['engine: full exposure matrix, cold (snapshot → engine → matrix)', ms(matrixP50), `p95 ${ms(percentile(cold, 95))}`, `< 100 ms p50: ${verdict(matrixP50 < 100)}`],
    ['engine: full exposure matrix, warm (engine built)', ms(warmP50), `p95 ${ms(percentile(warm, 95))}`, ''],
    ['naive evaluator, every user × field, one run', ms(naive), '', ''],
    [`PostgreSQL recursive-CTE query, ${sqlRuns} runs`, ms(sqlP50), `p95 ${ms(percentile(sql, 95))}`, ''],
    ['engine (cold) vs naive', `${(naive / matrixP50).toFixed(0)}×`, `warm ${(naive / warmP50).toFixed(0)}×`, `≥ 50×: ${verdict(naive / matrixP50 >= 50)}`],
    ['engine (cold) vs SQL', `${(sqlP50 / matrixP50).toFixed(1)}×`, `warm ${(sqlP50 / warmP50).toFixed(1)}×`, `≥ 10×: ${verdict(sqlP50 / matrixP50 >= 10)}`],
    ['one membership added, re-applied (what-if + diff)', ms(percentile(membership, 50)), `p95 ${ms(percentile(membership, 95))}`, `≤ 2 ms p50: ${verdict(percentile(membership, 50) <= 2)}`],
    ['who can read X (warm engine)', ms(percentile(readers, 50)), `p99 ${ms(percentile(readers, 99))}`, `< 10 ms p99: ${verdict(percentile(readers, 99) < 10)}`],
  ];
  const width = rows.map((r) => r.map((c) => c.length)).reduce((a, b) => a.map((n, i) => Math.max(n, b[i]!)));
  console.log(`\n${rows.map((r) => r.map((c, i) => c.padEnd(width[i]!)).join('  ').trimEnd()).join('\n')}`);

  console.log(`\nread grants (user × field): engine ${engineGrants.size.toLocaleString('en')}, naive ${naiveGrants.toLocaleString('en')}, SQL ${sqlGrants.size.toLocaleString('en')}`);
  const onlyEngine = [...engineGrants].filter((g) => !sqlGrants.has(g));
  const onlySql = [...sqlGrants].filter((g) => !engineGrants.has(g));
  if (onlyEngine.length || onlySql.length || naiveGrants !== engineGrants.size) {
    console.log(`DISAGREEMENT: ${onlyEngine.length} grants only in the engine (${onlyEngine.slice(0, 5).join('; ')}), ${onlySql.length} only in SQL (${onlySql.slice(0, 5).join('; ')})`);
    process.exitCode = 1;
  }
}

function verdict(ok: boolean): string {
  return ok ? 'met' : 'MISSED';
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

import { generateOrganisation } from '@sightline/odoo-corpus';
import { AccessEngine } from '../engine/access-engine';
import { computeUserExposure } from '../exposure/compute-user-exposure.util';
import type { FieldGrant } from '../exposure/field-grant.type';
import { corpusSnapshot, REAL_TREE_TIMEOUT_MS } from '../testing/corpus-snapshot.test-util';
import { naiveFieldAccess, type NaiveGrant } from '../testing/naive-evaluator';

function text(grant: FieldGrant | NaiveGrant | null): string {
  if (!grant) return '-';
  const { scope, exact } = 'operation' in grant ? grant.scope : grant;
  return `${scope}${exact ? ' (exact)' : ''}`;
}

/** The whole published community tree of each version with a generated organisation: engine and naive evaluator agree on every user × field. */
describe.each(['17.0', '18.0', '19.0'] as const)('%s real tree, every application module', (version) => {
  const snapshot = generateOrganisation(corpusSnapshot(version, 'all'), { users: 120, seed: 7 });
  const engine = AccessEngine.create(snapshot);

  it('has no disagreement with the naive evaluator', () => {
    const disagreements: string[] = [];
    let grants = 0;
    for (const user of snapshot.users) {
      const exposure = computeUserExposure(engine, user.key);
      for (const field of engine.classifiedFields) {
        const mine = exposure.fields.find((f) => f.field.key === field.key);
        const naive = naiveFieldAccess(snapshot, user.key, field.model, field.field);
        for (const op of ['read', 'write'] as const) {
          if (mine?.[op]) grants++;
          if (text(mine?.[op] ?? null) !== text(naive[op])) disagreements.push(`${user.key} ${field.key} ${op}: ${text(mine?.[op] ?? null)} vs ${text(naive[op])}`);
        }
      }
    }
    expect(disagreements).toEqual([]);
    expect(grants).toBeGreaterThan(1000);
  }, REAL_TREE_TIMEOUT_MS);
});

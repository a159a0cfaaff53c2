import fc from 'fast-check';
import type { Operation, Snapshot } from '@sightline/odoo-model';
import { OPERATIONS } from '@sightline/odoo-model';
import { AccessEngine } from '../engine/access-engine';
import { computeEffectiveGroups } from '../exposure/compute-effective-groups.util';
import { computeRecordScope } from '../exposure/compute-record-scope.util';
import { computeUserExposure } from '../exposure/compute-user-exposure.util';
import type { FieldGrant } from '../exposure/field-grant.type';
import { findFieldReaders } from '../exposure/find-field-readers.util';
import { naiveCanPerform, naiveEffectiveGroups, naiveFieldAccess, type NaiveGrant } from '../testing/naive-evaluator';
import { generatedCase } from '../testing/random-snapshot.test-util';
import { computeWhatIf } from '../what-if/compute-what-if.util';
import { diffExposure } from '../what-if/diff-exposure.util';
import type { ExposureDiff } from '../what-if/exposure-diff.type';

const RUNS = Number(process.env.PROPERTY_RUNS ?? 1000);

/** Every user × classified field (read, write, scope, exact, count), every user × model × operation, every field's readers. */
function disagreements(snapshot: Snapshot, engine: AccessEngine, debugMode: boolean): string[] {
  const found: string[] = [];
  const models = [...new Set(engine.classifiedFields.map((f) => f.model))];
  for (const user of snapshot.users) {
    const exposure = computeUserExposure(engine, user.key, { counts: true });
    for (const field of engine.classifiedFields) {
      const mine = exposure.fields.find((f) => f.field.key === field.key);
      const naive = naiveFieldAccess(snapshot, user.key, field.model, field.field, { debugMode, counts: true });
      for (const op of ['read', 'write'] as const) {
        const [a, b] = [engineText(mine?.[op] ?? null), naiveText(naive[op], mine?.[op] ?? null)];
        if (a !== b) found.push(`${user.key} ${field.key} ${op}: engine ${a}, naive ${b}`);
      }
    }
    const superuser = user.xmlid === 'base.user_root';
    if (!user.active && !superuser) continue;
    const groups = naiveEffectiveGroups(snapshot, user);
    if (!superuser) {
      const held = computeEffectiveGroups(engine, user.key).map((g) => g.groupXmlid).sort().join(',');
      if (held !== [...groups].sort().join(',')) found.push(`${user.key} groups: engine ${held}, naive ${[...groups].sort().join(',')}`);
    }
    for (const model of models) for (const op of OPERATIONS) {
      const allowed = computeRecordScope(engine, user.key, model, op as Operation).allowed;
      if (allowed !== (superuser || naiveCanPerform(snapshot, groups, model, op))) found.push(`${user.key} ${model} ${op}: engine ${allowed}`);
    }
  }
  for (const field of engine.classifiedFields) {
    const readers = findFieldReaders(engine, field.model, field.field).users.map((u) => u.userKey).sort().join(',');
    const naive = snapshot.users.filter((u) => naiveFieldAccess(snapshot, u.key, field.model, field.field, { debugMode }).read).map((u) => u.key).sort().join(',');
    if (readers !== naive) found.push(`${field.key} readers: engine ${readers}, naive ${naive}`);
  }
  return found;
}

function engineText(grant: FieldGrant | null): string {
  if (!grant) return '-';
  const count = grant.count?.evaluable ? ` ${grant.count.matching}/${grant.count.total}` : '';
  return `${grant.scope.scope}${grant.scope.exact ? '!' : ''}${count}`;
}

/** Counts are compared where the engine can evaluate them; where it cannot, the naive evaluator must not either. */
function naiveText(grant: NaiveGrant | null, engine: FieldGrant | null): string {
  if (!grant) return '-';
  const count = grant.count && engine?.count?.evaluable ? ` ${grant.count.matching}/${grant.count.total}` : '';
  const unexpected = grant.count && engine?.count && !engine.count.evaluable ? ' (naive counted)' : '';
  return `${grant.scope}${grant.exact ? '!' : ''}${count}${unexpected}`;
}

function diffLines(diff: ExposureDiff): string[] {
  return [...diff.added, ...diff.removed, ...diff.changed]
    .flatMap((c) => c.userKeys.map((u) => `${c.kind} ${u} ${c.field.key} ${c.operation} ${c.before?.domain ?? ''} ${c.after?.domain ?? ''}`))
    .sort();
}

describe('the engine agrees with an independent naive evaluator', () => {
  it(`on ${RUNS} generated security models, before and after a random what-if change`, () => {
    let compared = 0;
    fc.assert(
      fc.property(generatedCase(), ({ snapshot, debugMode, change }) => {
        const engine = AccessEngine.create(snapshot, { debugMode });
        expect(disagreements(snapshot, engine, debugMode)).toEqual([]);
        const whatIf = computeWhatIf(engine, [change]);
        expect(disagreements(whatIf.snapshot, whatIf.engine, debugMode)).toEqual([]);
        const fresh = AccessEngine.create(whatIf.snapshot, { debugMode });
        expect(diffLines(whatIf)).toEqual(diffLines(diffExposure(engine, fresh)));
        compared += snapshot.users.length * engine.classifiedFields.length;
      }),
      { numRuns: RUNS },
    );
    expect(compared).toBeGreaterThan(RUNS);
  });
});

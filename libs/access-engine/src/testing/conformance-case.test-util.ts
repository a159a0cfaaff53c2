import type { Operation } from '@sightline/odoo-model';
import { AccessEngine } from '../engine/access-engine';
import { computeEffectiveGroups } from '../exposure/compute-effective-groups.util';
import { computeGroupExposure } from '../exposure/compute-group-exposure.util';
import { computeNewUserExposure } from '../exposure/compute-new-user-exposure.util';
import { computeRecordScope } from '../exposure/compute-record-scope.util';
import { computeUserExposure } from '../exposure/compute-user-exposure.util';
import type { FieldExposure } from '../exposure/field-exposure.type';
import type { FieldGrant } from '../exposure/field-grant.type';
import { findFieldReaders } from '../exposure/find-field-readers.util';
import type { RecordCount } from '../mirror/record-count.type';
import { computeWhatIf } from '../what-if/compute-what-if.util';
import type { SnapshotChange } from '../what-if/snapshot-change.type';
import { naiveEffectiveGroups, naiveFieldAccess, type NaiveGrant } from './naive-evaluator';
import { snapshotFromSpec, type SnapshotSpec } from './spec-snapshot.test-util';

/** One question of a conformance file; every key present is checked (see conformance/README.md). */
export interface ConformanceCase {
  readonly name: string;
  readonly user?: string;
  readonly group?: string;
  readonly newUser?: boolean;
  readonly options?: { readonly debugMode?: boolean };
  readonly groups?: readonly string[];
  readonly via?: Readonly<Record<string, readonly string[]>>;
  readonly access?: Readonly<Record<string, string>>;
  readonly fields?: Readonly<Record<string, ExpectedCell>>;
  readonly scope?: Readonly<Record<string, ExpectedGrant>>;
  readonly explain?: Readonly<Record<string, ExpectedExplanation>>;
  readonly readers?: Readonly<Record<string, readonly string[]>>;
  readonly whatIf?: readonly SnapshotChange[];
  readonly added?: readonly string[];
  readonly removed?: readonly string[];
  readonly changed?: readonly string[];
}

export interface ConformanceFile {
  readonly title: string;
  readonly doc: string;
  readonly snapshot: SnapshotSpec;
  readonly cases: readonly ConformanceCase[];
}

type ExpectedGrant = false | string | { readonly scope?: string; readonly exact?: boolean; readonly count?: string; readonly domain?: string };
interface ExpectedCell { readonly read?: ExpectedGrant; readonly write?: ExpectedGrant }
interface ExpectedExplanation {
  readonly superuser?: boolean;
  readonly rows?: readonly string[];
  readonly admittedBy?: readonly string[];
  readonly rules?: readonly string[];
  readonly dropped?: boolean;
  readonly via?: Readonly<Record<string, readonly string[]>>;
}

/** What the engine (and, where it can answer, the naive evaluator) says, in the shape of `expected`. */
export interface CaseAnswers {
  readonly actual: Record<string, unknown>;
  readonly expected: Record<string, unknown>;
  readonly naive: Record<string, unknown>;
  /** `expected` for the keys the naive evaluator answers, without domain texts (it does not simplify). */
  readonly naiveExpected: Record<string, unknown>;
}

const CHECKED_KEYS = ['groups', 'via', 'access', 'fields', 'scope', 'explain', 'readers', 'added', 'removed', 'changed'] as const;

export function answerCase(file: ConformanceFile, test: ConformanceCase): CaseAnswers {
  const snapshot = snapshotFromSpec(file.snapshot);
  const engine = AccessEngine.create(snapshot, test.options ?? {});
  const expected = Object.fromEntries(CHECKED_KEYS.filter((k) => test[k] !== undefined).map((k) => [k, test[k]]));
  const actual: Record<string, unknown> = {};
  const naive: Record<string, unknown> = {};
  if (test.whatIf) Object.assign(actual, whatIfAnswers(engine, test));
  else if (test.group || test.newUser) Object.assign(actual, hypotheticalAnswers(engine, test));
  else if (test.user) Object.assign(actual, userAnswers(engine, test));
  if (test.readers) actual['readers'] = readerAnswers(engine, test.readers);
  if (test.user && !test.whatIf) Object.assign(naive, naiveAnswers(file, test));
  const naiveExpected = Object.fromEntries(Object.keys(naive).map((k) => [k, withoutDomains(expected[k])]));
  return { actual, expected, naive, naiveExpected };
}

function userAnswers(engine: AccessEngine, test: ConformanceCase): Record<string, unknown> {
  const user = test.user!;
  const out: Record<string, unknown> = {};
  const held = computeEffectiveGroups(engine, user);
  if (test.groups) out['groups'] = held.map((g) => g.groupXmlid).sort();
  if (test.via) out['via'] = pick(Object.fromEntries(held.map((g) => [g.groupXmlid, g.via])), Object.keys(test.via));
  if (test.access) out['access'] = mapKeys(test.access, (model) => allowedLetters(engine, user, model));
  const exposure = computeUserExposure(engine, user, { counts: true });
  if (test.fields) out['fields'] = mapKeys(test.fields, (key, want) => renderCell(exposure.fields.find((f) => f.field.key === key), want));
  if (test.scope) out['scope'] = mapKeys(test.scope, (key, want) => renderScope(engine, user, key, want));
  if (test.explain) out['explain'] = mapKeys(test.explain, (key, want) => renderExplanation(exposure.fields, key, want));
  return out;
}

function hypotheticalAnswers(engine: AccessEngine, test: ConformanceCase): Record<string, unknown> {
  const view = test.group ? computeGroupExposure(engine, test.group) : computeNewUserExposure(engine);
  const out: Record<string, unknown> = {};
  if (test.groups) out['groups'] = [...view.effectiveGroupXmlids].sort();
  if (test.fields) out['fields'] = mapKeys(test.fields, (key, want) => renderCell(view.fields.find((f) => f.field.key === key), want));
  if (test.explain) out['explain'] = mapKeys(test.explain, (key, want) => renderExplanation(view.fields, key, want));
  if (test.via) out['via'] = pick(Object.assign({}, ...view.fields.map((f) => f.via)), Object.keys(test.via));
  return out;
}

function whatIfAnswers(engine: AccessEngine, test: ConformanceCase): Record<string, unknown> {
  const result = computeWhatIf(engine, test.whatIf!);
  const lines = (changes: typeof result.added) =>
    changes.flatMap((c) => c.userKeys.map((u) => `${u} ${c.field.key} ${c.operation}${c.kind === 'changed' ? ` ${c.before!.scope}→${c.after!.scope}` : ''}`)).sort();
  const out: Record<string, unknown> = {};
  if (test.added) out['added'] = lines(result.added);
  if (test.removed) out['removed'] = lines(result.removed);
  if (test.changed) out['changed'] = lines(result.changed);
  return out;
}

function readerAnswers(engine: AccessEngine, readers: Readonly<Record<string, readonly string[]>>): Record<string, string[]> {
  return mapKeys(readers, (key) => {
    const [model, field] = key.split('/') as [string, string];
    return findFieldReaders(engine, model, field).users.map((u) => u.userKey).sort();
  });
}

function naiveAnswers(file: ConformanceFile, test: ConformanceCase): Record<string, unknown> {
  const snapshot = snapshotFromSpec(file.snapshot);
  const out: Record<string, unknown> = {};
  const user = snapshot.users.find((u) => u.key === test.user)!;
  if (test.groups && user.active) out['groups'] = [...naiveEffectiveGroups(snapshot, user)].sort();
  if (test.fields) {
    out['fields'] = mapKeys(test.fields, (key, want) => {
      const [model, field] = key.split('/') as [string, string];
      const answer = naiveFieldAccess(snapshot, test.user!, model, field, { ...test.options, counts: true });
      return pick({ read: renderNaive(answer.read, want.read), write: renderNaive(answer.write, want.write) }, Object.keys(want));
    });
  }
  return out;
}

function allowedLetters(engine: AccessEngine, user: string, model: string): string {
  const ops: [Operation, string][] = [['read', 'r'], ['write', 'w'], ['create', 'c'], ['unlink', 'd']];
  return ops.filter(([op]) => computeRecordScope(engine, user, model, op).allowed).map(([, l]) => l).join('');
}

function renderCell(exposure: FieldExposure | undefined, want: ExpectedCell): Record<string, unknown> {
  return pick({ read: renderGrant(exposure?.read ?? null, want.read), write: renderGrant(exposure?.write ?? null, want.write) }, Object.keys(want));
}

function renderGrant(grant: FieldGrant | null, want: ExpectedGrant | undefined): unknown {
  if (!grant) return false;
  return shape({ scope: grant.scope.scope, exact: grant.scope.exact, domain: grant.scope.domain, count: renderCount(grant.count) }, want);
}

function renderNaive(grant: NaiveGrant | null, want: ExpectedGrant | undefined): unknown {
  if (!grant) return false;
  const count = grant.count ? `${grant.count.matching}/${grant.count.total}` : 'n/a';
  return shape({ scope: grant.scope, exact: grant.exact, count }, want);
}

function renderScope(engine: AccessEngine, user: string, key: string, want: ExpectedGrant): unknown {
  const [model, op] = key.split('/') as [string, Operation];
  const access = computeRecordScope(engine, user, model, op);
  if (!access.allowed || !access.scope || access.scope.scope === 'none') return false;
  return shape({ ...access.scope, count: renderCount(access.count ?? undefined) }, want);
}

function renderExplanation(fields: readonly FieldExposure[], key: string, want: ExpectedExplanation): Record<string, unknown> {
  const [model, name, op] = key.split('/') as [string, string, 'read' | 'write'];
  const exposure = fields.find((f) => f.field.key === `${model}/${name}`);
  const grant = exposure?.[op];
  if (!grant) return { missing: true };
  const e = grant.explanation;
  const all: Record<string, unknown> = {
    superuser: e.superuser,
    rows: e.grantingRows.map((r) => r.xmlid).sort(),
    admittedBy: [...e.fieldGroups.admittedBy].sort(),
    rules: e.rules.map((r) => r.xmlid).sort(),
    dropped: e.groupRulesDropped,
    via: pick(exposure.via as Record<string, unknown>, Object.keys(want.via ?? {})),
  };
  return pick(all, Object.keys(want));
}

function renderCount(count: RecordCount | undefined): string | undefined {
  if (!count) return undefined;
  return count.evaluable ? `${count.matching}/${count.total}` : 'n/a';
}

function withoutDomains(value: unknown): unknown {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).filter(([k]) => k !== 'domain').map(([k, v]) => [k, withoutDomains(v)]));
}

/** The answer in the form the expectation is written in: a bare scope, or only the keys it names. */
function shape(answer: { scope: string; exact: boolean; domain?: string; count?: string }, want: ExpectedGrant | undefined): unknown {
  if (want === undefined || typeof want === 'string' || want === false) return answer.scope;
  return pick(answer as Record<string, unknown>, Object.keys(want));
}

function pick(source: Record<string, unknown>, keys: readonly string[]): Record<string, unknown> {
  return Object.fromEntries(keys.map((k) => [k, source[k]]));
}

function mapKeys<V, R>(record: Readonly<Record<string, V>>, map: (key: string, value: V) => R): Record<string, R> {
  return Object.fromEntries(Object.entries(record).map(([k, v]) => [k, map(k, v)]));
}

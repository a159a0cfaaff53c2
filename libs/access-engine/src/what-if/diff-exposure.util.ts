import type { AccessEngine } from '../engine/access-engine';
import type { ClassifiedField } from '../exposure/classified-field.type';
import { NO_EXPOSURE, type ExposureCell } from '../exposure/exposure-cell.type';
import { EXPOSURE_OPERATIONS, type FieldGrant } from '../exposure/field-grant.type';
import type { GroupAnswers } from '../exposure/group-answers';
import type { ExposureChange, ExposureDiff } from './exposure-diff.type';

export interface DiffScope {
  /** Only these users (default: every user of either snapshot). */
  readonly userKeys?: Iterable<string>;
  /** Only fields of these models (default: every classified field of either snapshot). */
  readonly models?: ReadonlySet<string>;
}

/**
 * Exposure added, removed and changed from `before` to `after` (two snapshots, or a snapshot and a
 * what-if). Users are matched by key and compared once per distinct pair of answers, so the work is
 * per pair of profiles, not per user.
 */
export function diffExposure(before: AccessEngine, after: AccessEngine, scope: DiffScope = {}): ExposureDiff {
  const pairs = new Map<string, { before: GroupAnswers | null; after: GroupAnswers | null; userKeys: string[] }>();
  const ids = new Map<GroupAnswers | null, number>([[null, -1]]);
  const idOf = (answers: GroupAnswers | null) => ids.get(answers) ?? ids.set(answers, ids.size).get(answers)!;
  for (const userKey of scope.userKeys ?? allUserKeys(before, after)) {
    const a = answersOf(before, userKey);
    const b = answersOf(after, userKey);
    if (a === b) continue;
    const key = `${idOf(a)}→${idOf(b)}`;
    const pair = pairs.get(key) ?? pairs.set(key, { before: a, after: b, userKeys: [] }).get(key)!;
    pair.userKeys.push(userKey);
  }
  const fields = fieldPairs(before, after, scope.models);
  const changes = new Map<string, ExposureChange & { userKeys: string[] }>();
  for (const pair of pairs.values()) {
    for (const [fieldBefore, fieldAfter] of fields) {
      const cellBefore = pair.before && fieldBefore ? pair.before.cell(fieldBefore) : NO_EXPOSURE;
      const cellAfter = pair.after && fieldAfter ? pair.after.cell(fieldAfter) : NO_EXPOSURE;
      if (cellBefore !== cellAfter) collect(changes, (fieldAfter ?? fieldBefore)!, cellBefore, cellAfter, pair.userKeys);
    }
  }
  const all = [...changes.values()];
  return { added: all.filter((c) => c.kind === 'added'), removed: all.filter((c) => c.kind === 'removed'), changed: all.filter((c) => c.kind === 'changed') };
}

function collect(changes: Map<string, ExposureChange & { userKeys: string[] }>, field: ClassifiedField, before: ExposureCell, after: ExposureCell, userKeys: string[]): void {
  for (const operation of EXPOSURE_OPERATIONS) {
    const kind = changeKind(before[operation], after[operation]);
    if (!kind) continue;
    const scopeBefore = before[operation]?.scope ?? null;
    const scopeAfter = after[operation]?.scope ?? null;
    const key = `${kind}|${field.key}|${operation}|${scopeBefore?.domain ?? ''}|${scopeAfter?.domain ?? ''}`;
    const change = changes.get(key) ?? changes.set(key, { kind, field, operation, userKeys: [], before: scopeBefore, after: scopeAfter }).get(key)!;
    change.userKeys.push(...userKeys);
  }
}

function changeKind(before: FieldGrant | null, after: FieldGrant | null): ExposureChange['kind'] | null {
  if (!before) return after ? 'added' : null;
  if (!after) return 'removed';
  const same = before.scope.domain === after.scope.domain && before.scope.scope === after.scope.scope && before.scope.exact === after.scope.exact;
  return same ? null : 'changed';
}

function answersOf(engine: AccessEngine, userKey: string): GroupAnswers | null {
  const profile = engine.profileOfUser(userKey);
  return profile ? engine.answersForProfile(profile) : null;
}

function allUserKeys(before: AccessEngine, after: AccessEngine): Set<string> {
  return new Set([...before.users.map((u) => u.key), ...after.users.map((u) => u.key)]);
}

function fieldPairs(before: AccessEngine, after: AccessEngine, models: ReadonlySet<string> | undefined): [ClassifiedField | null, ClassifiedField | null][] {
  const byKey = new Map<string, [ClassifiedField | null, ClassifiedField | null]>();
  for (const f of before.classifiedFields) byKey.set(f.key, [f, null]);
  for (const f of after.classifiedFields) byKey.set(f.key, [byKey.get(f.key)?.[0] ?? null, f]);
  return [...byKey.values()].filter(([a, b]) => !models || models.has((a ?? b)!.model));
}

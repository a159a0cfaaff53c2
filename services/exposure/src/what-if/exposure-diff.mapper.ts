import type { ExposureChange, ExposureDiff } from '@sightline/access-engine';
import { compareStrings } from '@sightline/odoo-model';
import type { Taxonomy } from '@sightline/privacy-catalog';
import { FieldAccess } from '../grants/field-access.enum';
import { toClassifiedFieldInfo, toRecordScope } from '../grants/field-grant.mapper';
import type { ChangeUser, ExposureChangeType, ExposureDiffType } from './exposure-change.type';

export interface DiffContext {
  readonly taxonomy: Taxonomy;
  readonly fields: (change: ExposureChange) => boolean;
  readonly userOf: (key: string) => ChangeUser;
}

/** The diff as GraphQL types, each list by model, field, operation and scopes, users by key. */
export function toExposureDiff(diff: ExposureDiff, context: DiffContext): ExposureDiffType {
  const map = (changes: readonly ExposureChange[]) => changes.filter(context.fields).map((c) => toChange(c, context)).sort(compareChanges);
  const result = { added: map(diff.added), removed: map(diff.removed), changed: map(diff.changed) };
  return { ...result, identical: result.added.length + result.removed.length + result.changed.length === 0 };
}

function toChange(change: ExposureChange, context: DiffContext): ExposureChangeType {
  const userKeys = [...new Set(change.userKeys)].sort(compareStrings);
  return {
    kind: change.kind,
    ...toClassifiedFieldInfo(change.field, context.taxonomy),
    access: change.operation === 'write' ? FieldAccess.write : FieldAccess.read,
    before: change.before && toRecordScope(change.before),
    after: change.after && toRecordScope(change.after),
    userCount: userKeys.length,
    userKeys,
    userOf: context.userOf,
  };
}

function compareChanges(a: ExposureChangeType, b: ExposureChangeType): number {
  return (
    compareStrings(a.model, b.model) ||
    compareStrings(a.field, b.field) ||
    compareStrings(a.access, b.access) ||
    compareStrings(a.before?.domain ?? '', b.before?.domain ?? '') ||
    compareStrings(a.after?.domain ?? '', b.after?.domain ?? '')
  );
}

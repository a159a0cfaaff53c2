import type { AccessEngine } from '../engine/access-engine';
import { modelsInheritingFrom } from '../engine/models-inheriting-from.util';
import { applySnapshotChanges } from './apply-snapshot-changes.util';
import { diffExposure } from './diff-exposure.util';
import type { SnapshotChange } from './snapshot-change.type';
import type { WhatIfResult } from './what-if-result.type';

/**
 * Applies proposed changes to a copy of the engine's snapshot and returns the exposure they add,
 * remove and change. Only what the changes touch is recomputed: a membership change re-profiles
 * one user and compares two profiles; an ACL or rule change recomputes the cells of its models.
 */
export function computeWhatIf(engine: AccessEngine, changes: readonly SnapshotChange[]): WhatIfResult {
  const { snapshot, footprint } = applySnapshotChanges(engine.snapshot, changes, (key) => engine.userIndexOf(key));
  const after = engine.withSnapshot(snapshot, footprint);
  const everyone = footprint.implicationsChanged || footprint.models.size > 0 || footprint.fieldsChanged || footprint.classificationsChanged;
  const tablesOnly = !footprint.implicationsChanged && footprint.userKeys.size === 0 && !footprint.fieldsChanged && !footprint.classificationsChanged;
  const diff = diffExposure(engine, after, {
    userKeys: everyone ? undefined : footprint.userKeys,
    models: tablesOnly ? modelsInheritingFrom(snapshot.models, footprint.models) : undefined,
  });
  return { ...diff, snapshot, engine: after };
}

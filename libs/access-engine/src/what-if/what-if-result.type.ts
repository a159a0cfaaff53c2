import type { Snapshot } from '@sightline/odoo-model';
import type { AccessEngine } from '../engine/access-engine';
import type { ExposureDiff } from './exposure-diff.type';

/** The exposure a proposed change adds and removes, and the engine of the changed snapshot. */
export interface WhatIfResult extends ExposureDiff {
  readonly snapshot: Snapshot;
  readonly engine: AccessEngine;
}

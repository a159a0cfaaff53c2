import type { Classification } from '@sightline/odoo-model';
import type { FieldRef } from '../default-classification/field-decision.type';

export type CoverageSignalKind = 'name' | 'type' | 'groups' | 'model';

/** One reason a field looks personal, with how much it counts (0–1). */
export interface CoverageReason {
  readonly kind: CoverageSignalKind;
  readonly detail: string;
  readonly weight: number;
  /** The category the signal points to, if any. */
  readonly category?: string;
}

/** An undecided field that looks personal. */
export interface CoverageFinding {
  readonly model: string;
  readonly field: string;
  readonly type: string;
  /** 0–1: the reasons combined as independent evidence, 1 − Π(1 − weight). */
  readonly score: number;
  /** Strongest first. */
  readonly reasons: readonly CoverageReason[];
  readonly suggestedCategories: readonly string[];
}

export interface CoverageReport {
  /** Highest score first, then by model and field. */
  readonly findings: readonly CoverageFinding[];
  readonly fieldsChecked: number;
  readonly classifiedPersonal: number;
  readonly decidedNotPersonal: number;
  readonly undecided: number;
}

/** What the report needs from a classification: a `ClassificationCatalog` fits. */
export interface CoverageClassification {
  readonly classifications: readonly Classification[];
  /** Fields decided not personal: never reported. */
  readonly notPersonal?: readonly FieldRef[];
}

export interface CoverageOptions {
  /** Report fields scoring at least this (default 0.3). */
  readonly minScore?: number;
}

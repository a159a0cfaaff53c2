import { compareStrings, type FieldInfo, type Snapshot } from '@sightline/odoo-model';
import { fieldRefKey } from '../catalog/field-ref-key.util';
import { combineWeights } from './combine-weights.util';
import type {
  CoverageClassification,
  CoverageFinding,
  CoverageOptions,
  CoverageReason,
  CoverageReport,
} from './coverage-report.type';
import { fieldNameTokens } from './field-name-tokens.util';
import { groupReasons } from './group-reasons.util';
import { modelReasons, summarizeModels, type ModelPersonalData } from './model-reasons.util';
import { nameReasons, typeReasons } from './name-reasons.util';
import { PERSONAL_FIELD_SIGNALS, type PersonalFieldSignals } from './personal-field-signals.data';

const DEFAULT_MIN_SCORE = 0.3;

/** Fields of the snapshot that nobody decided on but that look personal, with the reasons and a score. */
export function computeCoverageReport(
  snapshot: Pick<Snapshot, 'fields'>,
  classification: CoverageClassification,
  options: CoverageOptions = {},
  signals: PersonalFieldSignals = PERSONAL_FIELD_SIGNALS,
): CoverageReport {
  const personal = new Set(classification.classifications.map(fieldRefKey));
  const notPersonal = new Set((classification.notPersonal ?? []).map(fieldRefKey));
  const models = summarizeModels(classification.classifications);
  const undecided = snapshot.fields.filter((field) => !isDecided(field, personal, notPersonal, signals));
  const minScore = options.minScore ?? DEFAULT_MIN_SCORE;
  const findings = undecided
    .map((field) => assess(field, models.get(field.model), signals))
    .filter((finding): finding is CoverageFinding => finding !== undefined && finding.score >= minScore)
    .sort(compareFindings);
  return {
    findings,
    fieldsChecked: snapshot.fields.length,
    classifiedPersonal: snapshot.fields.filter((field) => personal.has(key(field))).length,
    decidedNotPersonal: snapshot.fields.filter((field) => notPersonal.has(key(field))).length,
    undecided: undecided.length,
  };
}

function key(field: FieldInfo): string {
  return fieldRefKey({ model: field.model, field: field.name });
}

function isDecided(field: FieldInfo, personal: Set<string>, notPersonal: Set<string>, signals: PersonalFieldSignals): boolean {
  return personal.has(key(field)) || notPersonal.has(key(field)) || signals.ignoredFields.includes(field.name);
}

/** Only fields with a signal of their own are reported: the model alone never flags a field. */
function assess(field: FieldInfo, model: ModelPersonalData | undefined, signals: PersonalFieldSignals): CoverageFinding | undefined {
  const tokens = fieldNameTokens(field.name);
  const own = [
    ...nameReasons(field.type, tokens, signals.names, signals.flagTypes),
    ...typeReasons(field.type, tokens, signals.types),
    ...groupReasons(field.groups, signals.groups),
  ];
  if (own.length === 0) return undefined;
  const reasons = [...own, ...modelReasons(model, signals.model)].sort(compareReasons);
  return {
    model: field.model,
    field: field.name,
    type: field.type,
    score: combineWeights(reasons.map((reason) => reason.weight)),
    reasons,
    suggestedCategories: [...new Set(reasons.flatMap((reason) => (reason.category ? [reason.category] : [])))],
  };
}

function compareReasons(a: CoverageReason, b: CoverageReason): number {
  return b.weight - a.weight || compareStrings(a.kind, b.kind) || compareStrings(a.detail, b.detail);
}

function compareFindings(a: CoverageFinding, b: CoverageFinding): number {
  return b.score - a.score || compareStrings(a.model, b.model) || compareStrings(a.field, b.field);
}

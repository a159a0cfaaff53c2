export type { DataCategory, DataCategoryOrigin, SpecialArticle } from './taxonomy/data-category.type';
export type { DataSubject } from './taxonomy/data-subject.type';
export { DEFAULT_DATA_CATEGORIES, DEFAULT_DATA_SUBJECTS } from './taxonomy/default-taxonomy.data';
export { DEFAULT_TAXONOMY, Taxonomy } from './taxonomy/taxonomy.registry';
export { isHrData } from './taxonomy/is-hr-data.util';
export { isSpecialCategoryData } from './taxonomy/is-special-category-data.util';

export type {
  FieldDecision,
  FieldRef,
  NotPersonalFieldDecision,
  PersonalFieldDecision,
} from './default-classification/field-decision.type';
export { defaultFieldDecisions, SUPPORTED_ODOO_VERSIONS } from './default-classification/default-field-decisions.util';
export { UnsupportedVersionError } from './default-classification/unsupported-version.error';

export type {
  ClassificationOverrides,
  CustomCategory,
  CustomSubject,
  FieldOverride,
  NotPersonalFieldOverride,
  PersonalFieldOverride,
} from './overrides/classification-overrides.type';
export type { OverrideIssue, OverrideLocator, OverridePath, SourcePosition } from './overrides/override-issue.type';
export { ClassificationOverrideError } from './overrides/classification-override.error';
export { formatOverrideIssue } from './overrides/format-override-issue.util';
export { parseClassificationOverrides, type ParseOverridesResult } from './overrides/parse-classification-overrides.util';
export { parseClassificationOverridesOrThrow } from './overrides/parse-classification-overrides-or-throw.util';
export {
  validateOverrides,
  type ValidatedOverrides,
  type ValidateOverridesOptions,
} from './overrides/validate-overrides.util';

export type { CatalogEntry } from './catalog/catalog-entry.type';
export { ClassificationCatalog, type NotPersonalEntry } from './catalog/classification.catalog';
export { buildCatalog } from './catalog/build-catalog.util';
export { buildClassification } from './catalog/build-classification.util';
export { indexClassifications } from './catalog/index-classifications.util';
export { fieldRefKey } from './catalog/field-ref-key.util';

export type {
  CoverageClassification,
  CoverageFinding,
  CoverageOptions,
  CoverageReason,
  CoverageReport,
  CoverageSignalKind,
} from './coverage/coverage-report.type';
export { computeCoverageReport } from './coverage/compute-coverage-report.util';
export {
  PERSONAL_FIELD_SIGNALS,
  type GroupSignal,
  type NameSignal,
  type PersonalFieldSignals,
  type TypeSignal,
} from './coverage/personal-field-signals.data';

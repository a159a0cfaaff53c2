import { DEFAULT_DECISION_FILES, type RawFieldDecision } from './default-decisions.data';
import type { FieldDecision } from './field-decision.type';
import { UnsupportedVersionError } from './unsupported-version.error';

/** Odoo versions with a shipped default classification. */
export const SUPPORTED_ODOO_VERSIONS: readonly string[] = DEFAULT_DECISION_FILES.map((file) => file.version);

const decisionsByVersion = new Map(
  DEFAULT_DECISION_FILES.map((file) => [file.version, file.fields.map(toFieldDecision)] as const),
);

/** The default decisions (personal or not) for the standard fields of one Odoo version. */
export function defaultFieldDecisions(version: string): readonly FieldDecision[] {
  const decisions = decisionsByVersion.get(version);
  if (!decisions) throw new UnsupportedVersionError(version, SUPPORTED_ODOO_VERSIONS);
  return decisions;
}

function toFieldDecision(raw: RawFieldDecision): FieldDecision {
  const { model, field } = raw;
  if (raw.personal === false) return { model, field, personal: false, reason: raw.reason ?? '' };
  return { model, field, personal: true, categories: raw.categories ?? [], subjects: raw.subjects ?? [] };
}

import type { FieldDecision } from '../default-classification/field-decision.type';

/** A merged decision and where it comes from: `default:<version>` or the overrides' source (file name). */
export type CatalogEntry = FieldDecision & { readonly source: string };

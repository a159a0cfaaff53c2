import type { FieldGroups } from './field-groups.type';
import type { SourceSite } from './source-site.type';

/** A field of a registry model with its definitions merged (per attribute, the most derived one wins). */
export interface ResolvedModelField {
  readonly name: string;
  readonly type: string;
  readonly groups?: { readonly value: FieldGroups; readonly site: SourceSite };
  readonly related?: { readonly path: string | null; readonly site: SourceSite };
  readonly comodel?: string;
  /** The field exists on the model only through `_inherits` delegation. */
  readonly inheritedFrom?: { readonly model: string; readonly through: string };
}

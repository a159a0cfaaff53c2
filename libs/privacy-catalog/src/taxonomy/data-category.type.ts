/** Where a category key comes from: fideslang's taxonomy, Sightline's extensions, or a user's overrides file. */
export type DataCategoryOrigin = 'fideslang' | 'sightline' | 'custom';

/** GDPR article that makes a category special: Art. 9 (special categories) or Art. 10 (criminal data). */
export type SpecialArticle = 9 | 10;

/** A data category, keyed like fideslang (`user.contact.email`). */
export interface DataCategory {
  readonly key: string;
  /** Parent key; null for the root `user`. */
  readonly parent: string | null;
  readonly label: string;
  readonly description: string;
  /** GDPR Art. 9/10 data. Children of a special category are special too (see `Taxonomy.isSpecial`). */
  readonly special: boolean;
  readonly article?: SpecialArticle;
  readonly origin: DataCategoryOrigin;
}

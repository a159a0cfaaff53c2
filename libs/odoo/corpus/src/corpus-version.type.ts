/** The Odoo series the corpus holds complete Community trees of. */
export const corpusVersions = ['17.0', '18.0', '19.0'] as const;

export type CorpusVersion = (typeof corpusVersions)[number];

import type { CategoryDraft } from '../record-drafts.type';
import type { SecurityModelSpec } from '../security-model-spec.type';

/** `ir.module.category`: the "application" of 17/18 groups and of 19 privileges. */
export const CATEGORY_SPEC: SecurityModelSpec<CategoryDraft> = {
  model: 'ir.module.category',
  drafts: (store) => store.categories,
  create: (xmlid) => ({ xmlid, extensions: [], name: null, parentXmlid: null }),
  fields: {
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    parent_id: { type: 'many2one', target: 'ir.module.category', set: (d, v) => void (d.parentXmlid = v) },
  },
};

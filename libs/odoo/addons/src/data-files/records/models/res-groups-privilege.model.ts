import type { PrivilegeDraft } from '../record-drafts.type';
import type { SecurityModelSpec } from '../security-model-spec.type';

/** 19 `res.groups.privilege`. */
export const PRIVILEGE_SPEC: SecurityModelSpec<PrivilegeDraft> = {
  model: 'res.groups.privilege',
  drafts: (store) => store.privileges,
  create: (xmlid) => ({ xmlid, extensions: [], name: null, categoryXmlid: null }),
  fields: {
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    category_id: { type: 'many2one', target: 'ir.module.category', set: (d, v) => void (d.categoryXmlid = v) },
  },
};

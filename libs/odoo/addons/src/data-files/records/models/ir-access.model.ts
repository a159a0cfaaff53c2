import type { AccessRowDraft } from '../record-drafts.type';
import type { SecurityModelSpec } from '../security-model-spec.type';

/** Post-19 `ir.access`. In CSV, `model_id` holds a model name, not an XML id. */
export const ACCESS_ROW_SPEC: SecurityModelSpec<AccessRowDraft> = {
  model: 'ir.access',
  drafts: (store) => store.accessRows,
  create: (xmlid) => ({ xmlid, extensions: [], name: null, model: null, groupXmlid: null, operation: null, domain: null, active: true }),
  fields: {
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    model_id: { type: 'model', set: (d, v) => void (d.model = v) },
    group_id: { type: 'many2one', target: 'res.groups', set: (d, v) => void (d.groupXmlid = v) },
    operation: { type: 'text', set: (d, v) => void (d.operation = v === null ? null : v.trim()) },
    domain: { type: 'text', set: (d, v) => void (d.domain = v) },
    active: { type: 'boolean', set: (d, v) => void (d.active = v) },
  },
};

import type { AclDraft } from '../record-drafts.type';
import type { SecurityModelSpec } from '../security-model-spec.type';
import { permFields } from './perm-fields.util';

/** `ir.model.access`: perms default to False, `active` to True. */
export const ACL_SPEC: SecurityModelSpec<AclDraft> = {
  model: 'ir.model.access',
  drafts: (store) => store.acls,
  create: (xmlid) => ({
    xmlid,
    extensions: [],
    name: null,
    model: null,
    groupXmlid: null,
    perms: { read: false, write: false, create: false, unlink: false },
    active: true,
  }),
  fields: {
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    model_id: { type: 'model', set: (d, v) => void (d.model = v) },
    group_id: { type: 'many2one', target: 'res.groups', set: (d, v) => void (d.groupXmlid = v) },
    active: { type: 'boolean', set: (d, v) => void (d.active = v) },
    ...permFields<AclDraft>(),
  },
};

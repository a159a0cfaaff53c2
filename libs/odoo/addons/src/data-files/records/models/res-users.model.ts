import { applySetCommands } from '../apply-set-commands.util';
import type { UserDraft } from '../record-drafts.type';
import { newUser } from '../security-data.store';
import type { FieldSpec, SecurityModelSpec } from '../security-model-spec.type';

const groups: FieldSpec<UserDraft> = { type: 'x2many', target: 'res.groups', apply: (d, commands) => applySetCommands(d.groups, commands) };

/** `res.users`: `groups_id` (17/18) and `group_ids` (19) are the explicit groups. */
export const USER_SPEC: SecurityModelSpec<UserDraft> = {
  model: 'res.users',
  drafts: (store) => store.users,
  create: newUser,
  fields: {
    login: { type: 'text', set: (d, v) => void (d.login = v) },
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    active: { type: 'boolean', set: (d, v) => void (d.active = v) },
    company_id: { type: 'many2one', target: null, set: (d, v) => void (d.companyXmlid = v) },
    company_ids: { type: 'x2many', target: null, apply: (d, commands) => applySetCommands(d.companyXmlids, commands) },
    groups_id: groups,
    group_ids: groups,
  },
};

import { applyInverseCommands } from '../apply-inverse-commands.util';
import { applySetCommands } from '../apply-set-commands.util';
import type { GroupDraft } from '../record-drafts.type';
import { newGroup } from '../security-data.store';
import type { FieldSpec, SecurityModelSpec } from '../security-model-spec.type';

/** Members are stored on the users: `users` (17/18) and `user_ids` (19) are the same relation seen from the group. */
const members: FieldSpec<GroupDraft> = {
  type: 'x2many',
  target: 'res.users',
  apply: (group, commands, store) =>
    applyInverseCommands(group.xmlid, commands, (user) => store.user(user).groups, () => [...store.users.values()].map((u) => u.groups)),
};

/** `res.groups`. 19's `implied_by_ids` writes the other side of `implied_ids`. */
export const GROUP_SPEC: SecurityModelSpec<GroupDraft> = {
  model: 'res.groups',
  drafts: (store) => store.groups,
  create: newGroup,
  fields: {
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    comment: { type: 'text', set: (d, v) => void (d.comment = v) },
    share: { type: 'boolean', set: (d, v) => void (d.share = v) },
    category_id: { type: 'many2one', target: 'ir.module.category', set: (d, v) => void (d.categoryXmlid = v) },
    privilege_id: { type: 'many2one', target: 'res.groups.privilege', set: (d, v) => void (d.privilegeXmlid = v) },
    implied_ids: { type: 'x2many', target: 'res.groups', apply: (d, commands) => applySetCommands(d.implied, commands) },
    implied_by_ids: {
      type: 'x2many',
      target: 'res.groups',
      apply: (group, commands, store) =>
        applyInverseCommands(group.xmlid, commands, (g) => store.group(g).implied, () => [...store.groups.values()].map((g) => g.implied)),
    },
    users: members,
    user_ids: members,
  },
};

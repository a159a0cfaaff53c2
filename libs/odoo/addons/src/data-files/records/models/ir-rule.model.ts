import { applySetCommands } from '../apply-set-commands.util';
import type { RuleDraft } from '../record-drafts.type';
import type { SecurityModelSpec } from '../security-model-spec.type';
import { permFields } from './perm-fields.util';

/** `ir.rule`: perms default to True; `global` is computed by Odoo from `groups`, so it is not read. */
export const RULE_SPEC: SecurityModelSpec<RuleDraft> = {
  model: 'ir.rule',
  drafts: (store) => store.rules,
  create: (xmlid) => ({
    xmlid,
    extensions: [],
    name: null,
    model: null,
    groups: new Set(),
    domain: null,
    perms: { read: true, write: true, create: true, unlink: true },
    active: true,
  }),
  fields: {
    name: { type: 'text', set: (d, v) => void (d.name = v) },
    model_id: { type: 'model', set: (d, v) => void (d.model = v) },
    groups: { type: 'x2many', target: 'res.groups', apply: (d, commands) => applySetCommands(d.groups, commands) },
    domain_force: { type: 'text', set: (d, v) => void (d.domain = v) },
    active: { type: 'boolean', set: (d, v) => void (d.active = v) },
    ...permFields<RuleDraft>(),
  },
};

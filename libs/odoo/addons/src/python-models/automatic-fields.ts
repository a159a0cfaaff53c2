import type { ResolvedModelField } from './resolved-model-field.type';

/** Fields Odoo adds to every model (`id`, `display_name`, the log-access fields); none has groups. */
export const AUTOMATIC_FIELDS: readonly ResolvedModelField[] = [
  { name: 'id', type: 'Id' },
  { name: 'display_name', type: 'Char' },
  { name: 'create_uid', type: 'Many2one', comodel: 'res.users' },
  { name: 'create_date', type: 'Datetime' },
  { name: 'write_uid', type: 'Many2one', comodel: 'res.users' },
  { name: 'write_date', type: 'Datetime' },
];

/** Models whose records get their natural keys from `ir.model.data`. */
export const XML_ID_MODELS: readonly string[] = [
  'res.groups',
  'res.groups.privilege',
  'ir.module.category',
  'res.users',
  'res.company',
  'ir.model.access',
  'ir.rule',
  'ir.model',
  'hr.employee',
  'hr.department',
];

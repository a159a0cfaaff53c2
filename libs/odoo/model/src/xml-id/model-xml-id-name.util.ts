/**
 * The name part of the `ir.model` XML id Odoo creates for a model in every module that declares or
 * extends it: `hr.employee` → `model_hr_employee` (so `hr.model_hr_employee`).
 */
export function modelXmlIdName(model: string): string {
  return `model_${model.replace(/\./g, '_')}`;
}

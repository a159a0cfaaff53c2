/** The local part of a model's `ir.model` XML id: `hr.employee` → `model_hr_employee`. */
export function irModelXmlIdName(model: string): string {
  return `model_${model.replace(/\./g, '_')}`;
}

import { pythonRepr } from '@sightline/odoo-python';
import type { PlannedClass } from './corpus-model-plan.type';

/** `class X(models.Model):` and the model attributes, as Odoo code writes them. */
export function renderPlannedClassHeader(cls: PlannedClass, className: string): string[] {
  const base = cls.kind === '' ? 'AbstractModel' : `models.${cls.kind}`;
  const lines = [`class ${className}(${base}):`];
  if (cls.declaresName) lines.push(`    _name = ${pythonRepr(cls.model)}`);
  if (cls.inherit.length === 1) lines.push(`    _inherit = ${pythonRepr(cls.inherit[0])}`);
  if (cls.inherit.length > 1) lines.push(`    _inherit = [${cls.inherit.map((name) => pythonRepr(name)).join(', ')}]`);
  if (cls.inherits.length > 0) {
    lines.push(`    _inherits = {${cls.inherits.map(([parent, through]) => `${pythonRepr(parent)}: ${pythonRepr(through)}`).join(', ')}}`);
  }
  if (cls.description) lines.push(`    _description = ${pythonRepr(cls.description)}`);
  return lines;
}

/** `res.partner.bank` → `ResPartnerBank`. */
export function pythonClassName(model: string): string {
  return model.split(/[._]/).filter(Boolean).map((part) => part[0].toUpperCase() + part.slice(1)).join('');
}

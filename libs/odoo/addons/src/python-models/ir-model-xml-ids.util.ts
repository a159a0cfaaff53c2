import { irModelXmlIdName } from './ir-model-xml-id-name.util';
import type { ModulePythonModels } from './python-model-class.type';

/**
 * The `ir.model` XML ids that resolve to model names, as used by `model_id:id` columns and
 * `model_id ref=`: `<module>.model_<name with dots as underscores>` for every module with a class
 * that writes `_name` (`hr.model_hr_employee` → `hr.employee`).
 */
export function computeIrModelXmlIds(modules: readonly ModulePythonModels[]): Map<string, string> {
  const ids = new Map<string, string>();
  for (const { module, classes } of modules) {
    for (const cls of classes) if (cls.declaresName) ids.set(`${module}.${irModelXmlIdName(cls.name)}`, cls.name);
  }
  return ids;
}

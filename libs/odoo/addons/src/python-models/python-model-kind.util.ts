import type { PyNode } from '@sightline/odoo-python';
import type { PythonModelKind } from './python-model-class.type';

const ODOO_BASES: ReadonlySet<string> = new Set<PythonModelKind>(['Model', 'TransientModel', 'AbstractModel', 'BaseModel']);

/**
 * What a class's bases make it: an Odoo base (`models.Model`, `AbstractModel`, …) gives its kind; a
 * model class defined earlier in the same file passes its kind on. `found` is false when no base is
 * a model class this reader can recognise.
 */
export function pythonModelKind(
  bases: readonly PyNode[],
  earlierClasses: ReadonlyMap<string, PythonModelKind | undefined>,
): { found: boolean; kind?: PythonModelKind } {
  for (const base of bases) {
    const name = base.kind === 'attribute' ? base.name : base.kind === 'name' ? base.id : undefined;
    if (name !== undefined && ODOO_BASES.has(name)) return { found: true, kind: name as PythonModelKind };
    if (base.kind === 'name' && earlierClasses.has(base.id)) return { found: true, kind: earlierClasses.get(base.id) };
  }
  return { found: false };
}

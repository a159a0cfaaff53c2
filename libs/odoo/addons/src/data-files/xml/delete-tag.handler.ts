import { SECURITY_MODEL_SPECS } from '../records/models/security-models.registry';
import type { XmlElement } from './xml-element.type';
import type { XmlFileScope } from './xml-file.scope';

/** `<delete model id>`: removes a security record; other deletions (and `search=`) are not evaluated. */
export function handleDeleteTag(element: XmlElement, scope: XmlFileScope): void {
  const model = scope.attribute(element, 'model') ?? '';
  const id = scope.attribute(element, 'id');
  const where = [element.line, element.column] as const;
  if (!SECURITY_MODEL_SPECS.has(model)) return scope.reporter.warn(`<delete model="${model}"> not evaluated`, ...where);
  if (!id) return scope.reporter.warn(`<delete model="${model}" search=…> not evaluated`, ...where);
  const xmlid = scope.qualify(id);
  if (!scope.env.store.delete(model, xmlid)) scope.reporter.warn(`<delete>: no ${model} record ${xmlid} to delete`, ...where);
}

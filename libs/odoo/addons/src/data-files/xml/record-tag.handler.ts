import { SECURITY_MODEL_SPECS } from '../records/models/security-models.registry';
import type { FieldWrite } from '../records/field-value.type';
import { fieldWriteOf } from './field-write-of.util';
import type { XmlElement } from './xml-element.type';
import type { XmlFileScope } from './xml-file.scope';

/** `<record model="…" id="…">`: creates or extends the record with its `<field>`s. */
export function handleRecordTag(element: XmlElement, scope: XmlFileScope): void {
  const model = scope.attribute(element, 'model');
  const id = scope.attribute(element, 'id');
  if (!model) return scope.reporter.error('<record> without a model', element.line, element.column);
  if (!id) {
    if (SECURITY_MODEL_SPECS.has(model)) scope.reporter.warn(`<record model="${model}"> without an id is not read`, element.line, element.column);
    return;
  }
  scope.reporter.guard(element.line, () => {
    const xmlid = scope.xmlId(element, id);
    const isSecurity = SECURITY_MODEL_SPECS.has(model);
    const fields = isSecurity ? fieldWrites(element, scope) : [];
    scope.env.writer.write({ model, xmlid, fields, line: element.line }, scope.reporter);
  });
}

function fieldWrites(element: XmlElement, scope: XmlFileScope): FieldWrite[] {
  return element.children
    .filter((child) => child.name === 'field')
    .map((child) => fieldWriteOf(child, scope))
    .filter((write): write is FieldWrite => write !== null);
}

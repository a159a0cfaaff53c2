import type { FieldValue, FieldWrite } from '../records/field-value.type';
import { irModelSearchName } from './ir-model-search-name.util';
import type { XmlAttribute, XmlElement } from './xml-element.type';
import type { XmlFileScope } from './xml-file.scope';

/** The value a `<field>` element writes: `ref=`, `eval=` (evaluated when the field is read), `search=`, or its text. */
export function fieldWriteOf(element: XmlElement, scope: XmlFileScope): FieldWrite | null {
  const name = scope.attribute(element, 'name');
  if (!name) {
    scope.reporter.error('<field> without a name', element.line, element.column);
    return null;
  }
  const line = element.line;
  const ref = scope.attribute(element, 'ref');
  const evalAttribute = element.attributes.get('eval');
  const search = element.attributes.get('search');
  if (search) return { name, line, value: searchValue(search, scope.attribute(element, 'model'), scope) };
  if (ref !== undefined) return { name, line, value: { kind: 'ref', xmlid: ref === 'False' ? null : scope.qualify(ref) } };
  if (evalAttribute) return { name, line, value: { kind: 'python', read: () => scope.evaluate(evalAttribute) } };
  return { name, line, value: { kind: 'text', text: element.text } };
}

/** `search=` needs a database, except `[('model', '=', name)]` on `ir.model`, which names a model. */
function searchValue(search: XmlAttribute, model: string | undefined, scope: XmlFileScope): FieldValue {
  if (model !== 'ir.model') return { kind: 'unsupported', reason: 'search= is not evaluated' };
  return { kind: 'python', read: () => irModelSearchName(scope.evaluate(search)) };
}

import { isPyTuple, pythonRepr } from '@sightline/odoo-python';
import { DataFileProblemError } from '../data-file-problem.error';
import { XmlRef } from '../eval/xml-ref.type';
import { SECURITY_MODEL_SPECS } from '../records/models/security-models.registry';
import type { XmlElement } from './xml-element.type';
import type { XmlFileScope } from './xml-file.scope';

/**
 * `<function model name>`: `write(ids, values)` on a security model (e.g. `res.users`) is applied,
 * since it can change groups; another method of a security model is reported as not evaluated;
 * calls on other models (settings, sequences, warehouses…) cannot change access and are skipped.
 */
export function handleFunctionTag(element: XmlElement, scope: XmlFileScope): void {
  const model = scope.attribute(element, 'model') ?? '';
  const name = scope.attribute(element, 'name') ?? '';
  if (!SECURITY_MODEL_SPECS.has(model)) return;
  if (name !== 'write') return scope.reporter.warn(`<function model="${model}" name="${name}"> not evaluated`, element.line, element.column);
  scope.reporter.guard(element.line, () => {
    const [ids, values] = callArguments(element, scope);
    for (const xmlid of recordIds(ids)) {
      const fields = Object.entries(plainValues(values)).map(([field, value]) => ({
        name: field,
        line: element.line,
        value: { kind: 'python' as const, read: () => value },
      }));
      scope.env.writer.write({ model, xmlid, fields, line: element.line }, scope.reporter, true);
    }
  });
}

function callArguments(element: XmlElement, scope: XmlFileScope): readonly unknown[] {
  const evalAttribute = element.attributes.get('eval');
  if (evalAttribute) return sequence(scope.evaluate(evalAttribute)) ?? fail(`eval= of <function> must be a list of arguments`);
  return element.children.filter((child) => child.name === 'value').map((child) => valueOf(child, scope));
}

function valueOf(element: XmlElement, scope: XmlFileScope): unknown {
  const evalAttribute = element.attributes.get('eval');
  if (evalAttribute) return scope.evaluate(evalAttribute);
  if (element.attributes.has('search')) return fail('<value search=…> is not evaluated');
  return element.text;
}

function recordIds(ids: unknown): string[] {
  const items = ids instanceof XmlRef ? [ids] : (sequence(ids) ?? []);
  return items.map((item) => (item instanceof XmlRef ? item.xmlid : fail(`write() ids must come from ref(), got ${pythonRepr(item)}`)));
}

function plainValues(values: unknown): Record<string, unknown> {
  if (values instanceof Map) return Object.fromEntries(values);
  if (typeof values === 'object' && values !== null && !Array.isArray(values) && !isPyTuple(values)) return values as Record<string, unknown>;
  return fail(`write() values must be a dict, got ${pythonRepr(values)}`);
}

function sequence(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  return isPyTuple(value) ? value.items : null;
}

function fail(message: string): never {
  throw new DataFileProblemError(message);
}

import type { PythonModelKind } from './python-model-class.type';

/** Abstract models (`AbstractModel`, plain `BaseModel`) have no table and get no `_inherits` fields. */
export function isAbstractKind(kind: PythonModelKind | undefined): boolean {
  return kind === 'AbstractModel' || kind === 'BaseModel';
}

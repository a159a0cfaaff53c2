import type { RegistryModel } from './model-registry.type';
import type { PythonModelKind } from './python-model-class.type';

/** Python's MRO puts `Model` before `AbstractModel`, so one concrete class makes the model concrete. */
const PRECEDENCE: readonly PythonModelKind[] = ['TransientModel', 'Model', 'AbstractModel', 'BaseModel'];

/** The kind a registry model ends up with, from its own classes. */
export function modelKind(model: RegistryModel): PythonModelKind | undefined {
  const kinds = new Set(model.classes.map((cls) => cls.kind));
  return PRECEDENCE.find((kind) => kinds.has(kind));
}

import type { PythonFieldDefinition } from './python-model-class.type';

/** What the statements of a class body say about the model. */
export interface PythonClassAttributes {
  readonly name?: string;
  readonly inherit?: readonly string[];
  readonly inherits?: ReadonlyArray<readonly [string, string]>;
  readonly description?: string;
  readonly register?: boolean;
  readonly fields: readonly PythonFieldDefinition[];
}

export type TestFieldType =
  | 'integer'
  | 'char'
  | 'text'
  | 'boolean'
  | 'datetime'
  | 'selection'
  | 'many2one'
  | 'one2many'
  | 'many2many';

/** A column of a test-server model, as `fields_get` describes it. */
export interface TestField {
  readonly name: string;
  readonly type: TestFieldType;
  readonly relation?: string;
  readonly string: string;
}

import { GraphQLError, getNamedType, getNullableType, isInputObjectType, isLeafType, isListType, Kind, typeFromAST } from 'graphql';
import type {
  ArgumentNode, GraphQLInputType, GraphQLSchema, OperationDefinitionNode, ValidationContext, ValidationRule, ValueNode,
} from 'graphql';

export interface InputLimitsOptions {
  /** Most entries any list of an argument may hold. */
  maxLength: number;
  /** Tighter (or looser) limits per argument, by `Type.field.argument` (e.g. `Query.whatIf.changes`). */
  limits?: Readonly<Record<string, number>>;
}

/** What is wrong with an argument's value, at `path` inside it. */
interface BadInput {
  path: string;
  /** The list is too long: its length and the limit. */
  length?: number;
  maxLength?: number;
  reason?: string;
}

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * A string PostgreSQL cannot store (a NUL character) or an `ID` that is not a UUID (every ID a
 * client passes names a stored row: snapshot, source, job, token): refused before it reaches the
 * database, whose own error would tell the client how it failed.
 */
function badScalar(type: GraphQLInputType, value: unknown): string | undefined {
  const named = getNamedType(type);
  if (typeof value !== 'string') return undefined;
  if (value.includes('\u0000')) return 'must not contain a NUL character';
  if (named.name === 'ID' && !uuidPattern.test(value)) return 'expected a UUID';
  return undefined;
}

function errorOf(bad: BadInput, argument: string, variable?: string): GraphQLError {
  if (bad.length !== undefined) return inputListLengthError(`${argument}${bad.path}`, bad.length, bad.maxLength ?? 0, variable);
  const from = variable ? ` (variable $${variable})` : '';
  return new GraphQLError(`${argument}${bad.path}${from}: ${bad.reason}`, { extensions: { code: 'BAD_USER_INPUT', argument: `${argument}${bad.path}` } });
}

/** BAD_USER_INPUT naming the argument (and the variable it came from) whose list is too long. */
export function inputListLengthError(argument: string, length: number, maxLength: number, variable?: string): GraphQLError {
  const from = variable ? ` (variable $${variable})` : '';
  return new GraphQLError(`${argument}${from}: at most ${maxLength} entries per request, got ${length}`, {
    extensions: { code: 'BAD_USER_INPUT', argument, maxLength },
  });
}

/**
 * Refuses, before it runs, an operation whose arguments hold a list longer than allowed, at any
 * depth (`changes`, `filter.actions`), a string with a NUL character, or an `ID` that is not a
 * UUID; the error names the argument. Values written in the document are checked by this rule,
 * values passed in variables by {@link badVariableInput} once the variables are known. JSON scalars
 * (a snapshot document) are values, not lists of arguments, and are not looked into.
 */
export function inputLimitsRule(options: InputLimitsOptions): ValidationRule {
  return (context: ValidationContext) => ({
    Argument(node: ArgumentNode) {
      const argument = context.getArgument();
      const field = context.getFieldDef();
      const parent = context.getParentType();
      if (!argument || !field || !parent) return;
      const maxLength = options.limits?.[`${parent.name}.${field.name}.${argument.name}`] ?? options.maxLength;
      const found = badLiteral(node.value, argument.type, '', maxLength);
      if (found) context.reportError(errorOf(found, node.name.value));
    },
  });
}

/** The first bad value (see inputLimitsRule) among the variables of an operation, named by the argument it feeds. */
export function badVariableInput(
  schema: GraphQLSchema,
  operation: OperationDefinitionNode,
  variables: Readonly<Record<string, unknown>> | undefined,
  options: InputLimitsOptions,
): GraphQLError | undefined {
  for (const definition of operation.variableDefinitions ?? []) {
    const name = definition.variable.name.value;
    const type = typeFromAST(schema, definition.type) as GraphQLInputType | undefined;
    if (!type || variables?.[name] === undefined) continue;
    const use = argumentFedBy(schema, operation, name);
    const maxLength = (use && options.limits?.[use.key]) ?? options.maxLength;
    const found = badValue(variables[name], type, '', maxLength);
    if (found) return errorOf(found, use?.argument ?? `$${name}`, name);
  }
  return undefined;
}

function badLiteral(value: ValueNode, type: GraphQLInputType, path: string, maxLength: number): BadInput | undefined {
  const nullable = getNullableType(type);
  if (value.kind === Kind.STRING) {
    const reason = badScalar(type, value.value);
    return reason ? { path, reason } : undefined;
  }
  if (isListType(nullable) && value.kind === Kind.LIST) {
    if (value.values.length > maxLength) return { path, length: value.values.length, maxLength };
    for (const [index, item] of value.values.entries()) {
      const found = badLiteral(item, nullable.ofType, `${path}[${index}]`, maxLength);
      if (found) return found;
    }
  } else if (isInputObjectType(nullable) && value.kind === Kind.OBJECT) {
    const fields = nullable.getFields();
    for (const field of value.fields) {
      const definition = fields[field.name.value];
      const found = definition && badLiteral(field.value, definition.type, `${path}.${field.name.value}`, maxLength);
      if (found) return found;
    }
  }
  return undefined;
}

function badValue(value: unknown, type: GraphQLInputType, path: string, maxLength: number): BadInput | undefined {
  const nullable = getNullableType(type);
  if (typeof value === 'string') {
    const reason = isLeafType(getNamedType(type)) ? badScalar(type, value) : undefined;
    return reason ? { path, reason } : undefined;
  }
  if (isListType(nullable) && Array.isArray(value)) {
    if (value.length > maxLength) return { path, length: value.length, maxLength };
    for (const [index, item] of value.entries()) {
      const found = badValue(item, nullable.ofType, `${path}[${index}]`, maxLength);
      if (found) return found;
    }
  } else if (isInputObjectType(nullable) && value !== null && typeof value === 'object') {
    const fields = nullable.getFields();
    for (const [key, item] of Object.entries(value)) {
      const definition = fields[key];
      const found = definition && badValue(item, definition.type, `${path}.${key}`, maxLength);
      if (found) return found;
    }
  }
  return undefined;
}

/** The first argument (its name and `Type.field.argument`) whose value is the variable, at the top of the operation. */
function argumentFedBy(schema: GraphQLSchema, operation: OperationDefinitionNode, variable: string): { argument: string; key: string } | undefined {
  const root = operation.operation === 'mutation' ? schema.getMutationType() : schema.getQueryType();
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD) continue;
    const argument = selection.arguments?.find((a) => usesVariable(a.value, variable));
    if (argument) return { argument: argument.name.value, key: `${root?.name ?? 'Query'}.${selection.name.value}.${argument.name.value}` };
  }
  return undefined;
}

function usesVariable(value: ValueNode, variable: string): boolean {
  if (value.kind === Kind.VARIABLE) return value.name.value === variable;
  if (value.kind === Kind.LIST) return value.values.some((item) => usesVariable(item, variable));
  if (value.kind === Kind.OBJECT) return value.fields.some((field) => usesVariable(field.value, variable));
  return false;
}

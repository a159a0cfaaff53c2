import { GraphQLError, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType, Kind } from 'graphql';
import type {
  FieldNode, GraphQLField, GraphQLNamedType, GraphQLSchema, SelectionSetNode, ValidationContext, ValidationRule, ValueNode,
} from 'graphql';
import { maxPageSize } from './page-args.type';

export interface CostLimitOptions {
  /** Largest estimated number of resolved fields an operation may ask for. */
  maxCost: number;
  /** Page size assumed for a connection without `first` (the resolvers' default). */
  defaultPageSize?: number;
  /**
   * Most items each plain list field of objects can return, by `Type.field` (a conservative bound:
   * the cost rule multiplies what is selected under the list by it).
   */
  listSizes?: Readonly<Record<string, number>>;
  /** Bound assumed for a list of objects missing from `listSizes` (default 100). */
  defaultListSize?: number;
}

/**
 * Rejects an operation whose estimated work is too large, before it runs. Every field costs 1; a
 * `…Connection` field multiplies what is under it by its page size (`first`, or the largest page
 * when `first` is a variable), and a plain list of objects (`OdooGroup.implying`…) by the bound
 * declared for it, so nested lists are priced as the rows they can return. A connection's own
 * `edges`/`nodes` lists are its page, already counted.
 */
export function costLimitRule(options: CostLimitOptions): ValidationRule {
  // Selections walked for one operation: fragments spread into fragments expand exponentially, so
  // the walk stops (and the operation is refused) past this many.
  const maxVisited = 100_000;
  let visited = 0;
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const root = operationRoot(context.getSchema(), operation.operation);
      visited = 0;
      const cost = selectionCost(context, operation.selectionSet, root, 1, new Set());
      if (cost > options.maxCost) {
        const shown = Number.isFinite(cost) ? Math.round(cost) : Number.MAX_SAFE_INTEGER;
        context.reportError(
          new GraphQLError(`operation cost ${shown} exceeds the limit of ${options.maxCost}: ask for smaller pages, fewer fields or less nesting of lists`, {
            nodes: [operation],
            extensions: { code: 'COST_LIMIT_EXCEEDED', cost: shown, maxCost: options.maxCost },
          }),
        );
      }
    },
  });

  function selectionCost(
    context: ValidationContext,
    selectionSet: SelectionSetNode | undefined,
    parent: GraphQLNamedType | undefined,
    multiplier: number,
    fragmentsSeen: Set<string>,
  ): number {
    let total = 0;
    for (const selection of selectionSet?.selections ?? []) {
      if (++visited > maxVisited) return Number.POSITIVE_INFINITY;
      if (selection.kind === Kind.FIELD) {
        const field = fieldOf(parent, selection.name.value);
        const type = field ? getNamedType(field.type) : undefined;
        const inner = multiplier * fanOut(parent, field, selection, context);
        total += multiplier + selectionCost(context, selection.selectionSet, type, inner, fragmentsSeen);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const type = selection.typeCondition ? context.getSchema().getType(selection.typeCondition.name.value) ?? parent : parent;
        total += selectionCost(context, selection.selectionSet, type, multiplier, fragmentsSeen);
      } else if (!fragmentsSeen.has(selection.name.value)) {
        const fragment = context.getFragment(selection.name.value);
        const type = fragment ? context.getSchema().getType(fragment.typeCondition.name.value) : undefined;
        total += selectionCost(context, fragment?.selectionSet, type, multiplier, new Set([...fragmentsSeen, selection.name.value]));
      }
    }
    return total;
  }

  /** How many times what is selected under the field is resolved per parent. */
  function fanOut(
    parent: GraphQLNamedType | undefined,
    field: GraphQLField<unknown, unknown> | undefined,
    node: FieldNode,
    context: ValidationContext,
  ): number {
    if (!field || !parent) return 1;
    const type = getNamedType(field.type);
    if (type.name.endsWith('Connection')) return pageSize(node, context);
    if (!isListType(getNullableType(field.type)) || !isCompositeType(type)) return 1;
    // A connection's edges are its page; introspection lists are bounded by the schema (and off in production).
    if (parent.name.endsWith('Connection') || parent.name.startsWith('__')) return 1;
    return options.listSizes?.[`${parent.name}.${field.name}`] ?? options.defaultListSize ?? 100;
  }

  function pageSize(field: FieldNode, context: ValidationContext): number {
    const first = field.arguments?.find((a) => a.name.value === 'first')?.value;
    if (!first) return options.defaultPageSize ?? 50;
    return intValue(first, context) ?? maxPageSize;
  }
}

function intValue(value: ValueNode, _context: ValidationContext): number | undefined {
  return value.kind === Kind.INT ? Math.max(1, Number(value.value)) : undefined;
}

function fieldOf(parent: GraphQLNamedType | undefined, name: string): GraphQLField<unknown, unknown> | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  return parent.getFields()[name];
}

function operationRoot(schema: GraphQLSchema, operation: string): GraphQLNamedType | undefined {
  if (operation === 'mutation') return schema.getMutationType() ?? undefined;
  if (operation === 'subscription') return schema.getSubscriptionType() ?? undefined;
  return schema.getQueryType() ?? undefined;
}

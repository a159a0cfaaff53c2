import { GraphQLError, getNamedType, isObjectType, isInterfaceType, Kind } from 'graphql';
import type {
  FieldNode, GraphQLNamedType, GraphQLSchema, SelectionSetNode, ValidationContext, ValidationRule, ValueNode,
} from 'graphql';
import { maxPageSize } from './page-args.type';

export interface CostLimitOptions {
  /** Largest estimated number of resolved fields an operation may ask for. */
  maxCost: number;
  /** Page size assumed for a connection without `first` (the resolvers' default). */
  defaultPageSize?: number;
}

/**
 * Rejects an operation whose estimated work is too large, before it runs. Every field costs 1; a
 * `…Connection` field multiplies what is under it by its page size (`first`, or the largest page
 * when `first` is a variable), so nested lists are priced as the rows they can return.
 */
export function costLimitRule(options: CostLimitOptions): ValidationRule {
  return (context: ValidationContext) => ({
    OperationDefinition(operation) {
      const root = operationRoot(context.getSchema(), operation.operation);
      const cost = selectionCost(context, operation.selectionSet, root, 1, new Set());
      if (cost > options.maxCost) {
        context.reportError(
          new GraphQLError(`operation cost ${Math.round(cost)} exceeds the limit of ${options.maxCost}: ask for smaller pages or fewer fields`, {
            nodes: [operation],
            extensions: { code: 'COST_LIMIT_EXCEEDED', cost: Math.round(cost), maxCost: options.maxCost },
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
      if (selection.kind === Kind.FIELD) {
        const type = fieldType(parent, selection.name.value);
        const inner = type?.name.endsWith('Connection') ? multiplier * pageSize(selection, context) : multiplier;
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

  function pageSize(field: FieldNode, context: ValidationContext): number {
    const first = field.arguments?.find((a) => a.name.value === 'first')?.value;
    if (!first) return options.defaultPageSize ?? 50;
    return intValue(first, context) ?? maxPageSize;
  }
}

function intValue(value: ValueNode, _context: ValidationContext): number | undefined {
  return value.kind === Kind.INT ? Math.max(1, Number(value.value)) : undefined;
}

function fieldType(parent: GraphQLNamedType | undefined, name: string): GraphQLNamedType | undefined {
  if (!parent || !(isObjectType(parent) || isInterfaceType(parent))) return undefined;
  const field = parent.getFields()[name];
  return field ? getNamedType(field.type) : undefined;
}

function operationRoot(schema: GraphQLSchema, operation: string): GraphQLNamedType | undefined {
  if (operation === 'mutation') return schema.getMutationType() ?? undefined;
  if (operation === 'subscription') return schema.getSubscriptionType() ?? undefined;
  return schema.getQueryType() ?? undefined;
}

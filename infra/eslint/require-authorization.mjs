// Fails a GraphQL resolver of a service that does not declare its authorisation:
// - a method decorated with @Query, @Mutation or @FieldResolver needs @Can(action, subject) or @Authenticated();
// - a federation `__resolveReference` must be wrapped in authorizedReference(permission, resolve).
const resolverDecorators = new Set(['Query', 'Mutation', 'FieldResolver']);
const authorizationDecorators = new Set(['Can', 'Authenticated']);

function decoratorName(decorator) {
  const expression = decorator.expression;
  if (expression.type === 'CallExpression' && expression.callee.type === 'Identifier') return expression.callee.name;
  if (expression.type === 'Identifier') return expression.name;
  return undefined;
}

function keyName(node) {
  if (node.key.type === 'Identifier') return node.key.name;
  if (node.key.type === 'Literal') return String(node.key.value);
  return undefined;
}

/** @type {import('eslint').Rule.RuleModule} */
export const requireAuthorization = {
  meta: {
    type: 'problem',
    docs: { description: 'Every GraphQL resolver declares the permission it needs' },
    messages: {
      missingCan: '{{name}} is a GraphQL resolver without @Can(action, subject) or @Authenticated(): declare what it needs',
      unwrappedReference: '__resolveReference must be wrapped in authorizedReference(permission, resolve)',
    },
    schema: [],
  },
  create(context) {
    return {
      MethodDefinition(node) {
        const names = (node.decorators ?? []).map(decoratorName);
        if (!names.some((name) => resolverDecorators.has(name))) return;
        if (names.some((name) => authorizationDecorators.has(name))) return;
        context.report({ node: node.key, messageId: 'missingCan', data: { name: keyName(node) ?? 'this method' } });
      },
      Property(node) {
        if (keyName(node) !== '__resolveReference') return;
        const value = node.value;
        const wrapped = value.type === 'CallExpression' && value.callee.type === 'Identifier' && value.callee.name === 'authorizedReference';
        if (!wrapped) context.report({ node: node.key, messageId: 'unwrappedReference' });
      },
    };
  },
};

export default { rules: { 'require-authorization': requireAuthorization } };

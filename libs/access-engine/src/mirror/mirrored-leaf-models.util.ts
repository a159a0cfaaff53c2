import type { DomainLeaf, DomainNode } from '@sightline/odoo-domain';
import { MIRROR_SCHEMA } from './mirror-schema';

/**
 * For each leaf of a domain on a mirrored model, the model its path ends on (what `child_of` walks);
 * or the reason the domain reaches data the mirror does not hold.
 */
export function mirroredLeafModels(node: DomainNode, model: string): Map<DomainLeaf, string> | string {
  const models = new Map<DomainLeaf, string>();
  const visit = (n: DomainNode, base: string): string | null => {
    switch (n.kind) {
      case 'and': case 'or': {
        for (const child of n.children) {
          const failure = visit(child, base);
          if (failure) return failure;
        }
        return null;
      }
      case 'not': return visit(n.child, base);
      case 'leaf': return visitLeaf(n, base);
      default: return null;
    }
  };
  const visitLeaf = (leaf: DomainLeaf, base: string): string | null => {
    const end = pathEnd(leaf.path, base);
    if (typeof end !== 'object') return end;
    models.set(leaf, end.model);
    return leaf.value.kind === 'domain' ? visit(leaf.value.domain, end.model) : null;
  };
  const failure = visit(node, model);
  return failure ?? models;
}

/** The model reached by a dotted path (`id` stays on the model), or why it is not mirrored. */
function pathEnd(path: string, base: string): { model: string } | string {
  let model = base;
  for (const step of path.split('.')) {
    if (step === 'id') continue;
    const field = MIRROR_SCHEMA[model]?.[step];
    if (!field) return `${model}.${step} is not mirrored`;
    if (field.relation) model = field.relation;
  }
  return { model };
}

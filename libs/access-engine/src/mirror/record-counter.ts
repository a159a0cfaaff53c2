import {
  bindDomain, evaluateDomain, formatDomain, type DomainEvaluationContext, type DomainNode, type RecordResolver,
} from '@sightline/odoo-domain';
import { isPyTuple, PyTuple } from '@sightline/odoo-python';
import type { ScopeResult } from '../scope/scope-result.type';
import { MIRROR_PARENT_FIELD } from './mirror-schema';
import { MirrorRecord } from './mirror-record';
import { mirroredLeafModels } from './mirrored-leaf-models.util';
import type { RecordCount } from './record-count.type';
import type { RecordMirror } from './record-mirror';
import { RecordSetView } from './record-set-view';
import { ruleEnvironment, type RuleContext } from './rule-environment.util';

const resolver: RecordResolver<MirrorRecord> = {
  field: (record, name) => (name === 'id' ? record.identity : record.values.get(name)),
  id: (value) => (value instanceof MirrorRecord ? value.identity : value),
};

/**
 * Evaluates a combined domain for one user on the mirrored records. Counts are memoised by the
 * domain once bound to the user's values, so users whose rules bind alike share one evaluation.
 */
export class RecordCounter {
  private readonly memo = new Map<string, RecordCount>();

  constructor(private readonly mirror: RecordMirror) {}

  count(scope: ScopeResult, context: RuleContext): RecordCount {
    const model = scope.model;
    if (!this.mirror.mirrors(model)) return { model, evaluable: false, reason: `the snapshot mirrors no ${model} records` };
    let bound: DomainNode;
    try {
      bound = constantsAsIds(bindDomain(scope.domain, ruleEnvironment(context, this.mirror)));
    } catch (error) {
      return { model, evaluable: false, reason: `the rule context cannot be evaluated: ${error instanceof Error ? error.message : String(error)}` };
    }
    const key = `${model}|${formatDomain(bound)}`;
    let count = this.memo.get(key);
    if (!count) {
      count = this.evaluate(model, bound);
      this.memo.set(key, count);
    }
    return count;
  }

  /** Every active record: what the superuser reaches. */
  countAll(model: string): RecordCount {
    if (!this.mirror.mirrors(model)) return { model, evaluable: false, reason: `the snapshot mirrors no ${model} records` };
    const total = this.mirror.records(model).filter((r) => r.active).length;
    return { model, evaluable: true, matching: total, total };
  }

  private evaluate(model: string, domain: DomainNode): RecordCount {
    const leafModels = mirroredLeafModels(domain, model);
    if (typeof leafModels === 'string') return { model, evaluable: false, reason: leafModels };
    const context: DomainEvaluationContext<MirrorRecord> = {
      resolver,
      parents: (id, leaf) => {
        const target = leafModels.get(leaf) ?? model;
        const parent = this.mirror.byIdentity(target, id)?.values.get(MIRROR_PARENT_FIELD[target] ?? 'parent_id');
        return parent instanceof MirrorRecord ? parent.identity : false;
      },
    };
    const records = this.mirror.records(model).filter((r) => r.active);
    try {
      const matching = records.filter((r) => evaluateDomain(domain, r, context)).length;
      return { model, evaluable: true, matching, total: records.length };
    } catch (error) {
      return { model, evaluable: false, reason: error instanceof Error ? error.message : String(error) };
    }
  }
}

/** Recordsets used as domain values (`('id', 'in', user.employee_ids)`) compare as their ids. */
function constantsAsIds(node: DomainNode): DomainNode {
  switch (node.kind) {
    case 'and': case 'or': return { ...node, children: node.children.map(constantsAsIds) };
    case 'not': return { ...node, child: constantsAsIds(node.child) };
    case 'leaf': {
      const value = node.value;
      if (value.kind === 'domain') return { ...node, value: { kind: 'domain', domain: constantsAsIds(value.domain) } };
      if (value.kind === 'constant') return { ...node, value: { kind: 'constant', value: plainValue(value.value) } };
      return node;
    }
    default: return node;
  }
}

function plainValue(value: unknown): unknown {
  if (value instanceof RecordSetView) return value.records.length === 1 ? value.id : value.ids;
  if (Array.isArray(value)) return value.flatMap((v) => (v instanceof RecordSetView ? v.ids : [v]));
  if (isPyTuple(value)) return new PyTuple(value.items.flatMap((v) => (v instanceof RecordSetView ? v.ids : [v])));
  return value;
}

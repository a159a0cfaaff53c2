import type { FaultMatch, FaultRule } from './fault-rule.type';
import type { TestCall } from './test-call.type';

interface ActiveRule {
  readonly rule: FaultRule;
  skip: number;
  left: number;
}

/** The faults a test asked for, consumed as matching calls arrive. */
export class FaultPlan {
  readonly #rules: ActiveRule[] = [];

  add(...rules: FaultRule[]): this {
    for (const rule of rules) this.#rules.push({ rule, skip: rule.skip ?? 0, left: rule.times ?? 1 });
    return this;
  }

  clear(): void {
    this.#rules.length = 0;
  }

  /** The fault for this call, if one is due (counting the call against it). */
  take(call: TestCall): FaultRule | undefined {
    for (const active of this.#rules) {
      if (active.left <= 0 || !matches(active.rule.when, call)) continue;
      if (active.skip > 0) {
        active.skip--;
        continue;
      }
      active.left--;
      return active.rule;
    }
    return undefined;
  }
}

function matches(when: FaultMatch | undefined, call: TestCall): boolean {
  if (!when) return true;
  return (
    (when.protocol === undefined || when.protocol === call.protocol) &&
    (when.service === undefined || when.service === call.service) &&
    (when.method === undefined || when.method === call.method) &&
    (when.model === undefined || when.model === call.model)
  );
}

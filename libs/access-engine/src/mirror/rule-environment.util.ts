import type { PythonEnvironment } from '@sightline/odoo-python';
import type { RecordMirror } from './record-mirror';
import { RecordSetView } from './record-set-view';

/** The user and company context a rule is evaluated in: Odoo's `_eval_context` for one user. */
export interface RuleContext {
  readonly userKey: string;
  /** `company_ids`: the companies active in the switcher; Sightline takes all allowed companies. */
  readonly companyKeys: readonly string[];
  readonly companyKey: string | null;
}

/**
 * `user` (a recordset with `env`), `company_ids` and `company_id`, as `ir.rule._eval_context` gives
 * them. `time` is not provided: a rule using it cannot be evaluated (Sightline stays deterministic).
 */
export function ruleEnvironment(context: RuleContext, mirror: RecordMirror): PythonEnvironment {
  const companies = new RecordSetView('res.company', context.companyKeys.map((key) => mirror.record('res.company', key)));
  const company = new RecordSetView('res.company', context.companyKey ? [mirror.record('res.company', context.companyKey)] : []);
  const users = [mirror.record('res.users', context.userKey)];
  const env = { companies, company, user: new RecordSetView('res.users', users) };
  return {
    names: { user: new RecordSetView('res.users', users, env), company_ids: companies.ids, company_id: company.id },
    getAttribute: recordSetAttribute,
  };
}

function recordSetAttribute(target: unknown, name: string): unknown {
  if (!(target instanceof RecordSetView)) return undefined;
  if (name === 'id') return target.id;
  if (name === 'ids') return target.ids;
  if (name === 'mapped') return (field: string) => target.mapped(field);
  const value = target.attribute(name);
  if (value === undefined) throw new Error(`${target.model}.${name} is not mirrored`);
  return value;
}

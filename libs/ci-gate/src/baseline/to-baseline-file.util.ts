import type { HrAccessState } from '../exposure/hr-access-state.type';
import { BASELINE_SCHEMA, type CheckBaselineFile } from './check-baseline.type';

/** The baseline file content of a state, every list and key sorted (diff-friendly in git). */
export function toBaselineFile(state: HrAccessState, createdAt: string): CheckBaselineFile {
  const sorted = (values: Iterable<string>) => [...values].sort();
  const grants = Object.fromEntries(
    sorted(state.grants.keys()).map((group) => {
      const fields = state.grants.get(group)!;
      return [group, Object.fromEntries(sorted(fields.keys()).map((key) => [key, fields.get(key)!]))];
    }),
  );
  const fieldGroups = Object.fromEntries(
    sorted(state.fieldGroups.keys()).map((key) => [key, state.fieldGroups.get(key)!.map((g) => `${g.negated ? '!' : ''}${g.xmlid}`)]),
  );
  return {
    schema: BASELINE_SCHEMA,
    odooVersion: state.odooVersion,
    createdAt,
    grants,
    hrFields: sorted(state.hrFields),
    fieldGroups,
    grouplessAcls: sorted(state.grouplessAcls),
    fields: sorted(state.fields),
    defaultUserGroups: sorted(state.defaultUserGroups),
  };
}

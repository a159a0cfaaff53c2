import type { GrantState, HrAccessState } from '../exposure/hr-access-state.type';
import { CheckInputError } from '../reading/check-input.error';
import { BASELINE_SCHEMA } from './check-baseline.type';

/** Reads a baseline written by `--baseline-write` back into the state the gate compares. */
export function parseBaselineFile(text: string, file: string): HrAccessState {
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new CheckInputError([{ file, line: jsonErrorLine(text, error), message: `not JSON: ${(error as Error).message}` }]);
  }
  const fail = (message: string): never => {
    throw new CheckInputError([{ file, message }]);
  };
  if (!isRecord(data) || data['schema'] !== BASELINE_SCHEMA) return fail(`not a Sightline check baseline (expected "schema": "${BASELINE_SCHEMA}")`);
  const strings = (key: string): string[] => {
    const value = data[key];
    return Array.isArray(value) && value.every((v) => typeof v === 'string') ? value : fail(`${key}: expected a list of strings`);
  };
  const record = (key: string): Record<string, unknown> => (isRecord(data[key]) ? data[key] : fail(`${key}: expected an object`));
  if (typeof data['odooVersion'] !== 'string') fail('odooVersion: expected a string');
  const grants = new Map(Object.entries(record('grants')).map(([group, fields]) => [group, grantsOf(group, fields, fail)]));
  const fieldGroups = new Map(
    Object.entries(record('fieldGroups')).map(([key, refs]) => {
      if (!Array.isArray(refs) || !refs.every((r) => typeof r === 'string')) fail(`fieldGroups.${key}: expected a list of group XML ids`);
      return [key, (refs as string[]).map((r) => ({ xmlid: r.replace(/^!/, ''), negated: r.startsWith('!') }))] as const;
    }),
  );
  return {
    odooVersion: data['odooVersion'] as string,
    grants,
    hrFields: new Set(strings('hrFields')),
    fieldGroups,
    grouplessAcls: new Set(strings('grouplessAcls')),
    fields: new Set(strings('fields')),
    defaultUserGroups: new Set(strings('defaultUserGroups')),
  };
}

function grantsOf(group: string, fields: unknown, fail: (message: string) => never): Map<string, GrantState> {
  if (!isRecord(fields)) return fail(`grants.${group}: expected an object`);
  return new Map(
    Object.entries(fields).map(([key, grant]) => {
      if (!isRecord(grant) || (grant['access'] !== 'read' && grant['access'] !== 'write') || typeof grant['scope'] !== 'string') {
        return fail(`grants.${group}.${key}: expected { "access": "read" | "write", "scope": "…" }`);
      }
      return [key, { access: grant['access'], scope: grant['scope'] }];
    }),
  );
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function jsonErrorLine(text: string, error: unknown): number | undefined {
  const position = /position (\d+)/.exec(String((error as Error).message))?.[1];
  return position === undefined ? undefined : text.slice(0, Number(position)).split('\n').length;
}

import type { EffectiveFieldGroupsResult } from '../effective-field-groups.type';
import { formatGroupsSource } from '../format-groups-source.util';
import type { EffectiveFieldGroupsRow } from '@sightline/odoo-corpus';

const EFFECTIVE_FIELD_GROUPS_COLUMNS: readonly (keyof EffectiveFieldGroupsRow)[] = [
  'model', 'field', 'type', 'groups', 'groups_source', 'related', 'set_by_module', 'set_in_file', 'line', 'model_declared_by',
];

/** The result in the columns of the corpus `effective-field-groups.csv`. */
export function effectiveFieldGroupsRows(result: EffectiveFieldGroupsResult): EffectiveFieldGroupsRow[] {
  return result.fields.map((field) => ({
    model: field.model,
    field: field.field,
    type: field.type,
    groups: field.groups.text,
    groups_source: formatGroupsSource(field.source),
    related: field.related ?? '',
    set_by_module: field.definedAt?.module ?? '(_inherits)',
    set_in_file: field.definedAt?.file ?? '',
    line: String(field.definedAt?.line ?? 0),
    model_declared_by: result.models.get(field.model)?.declaredBy?.module ?? '',
  }));
}

export interface RowDifference {
  readonly key: string;
  readonly expected?: EffectiveFieldGroupsRow;
  readonly actual?: EffectiveFieldGroupsRow;
  /** Columns that differ when both rows exist. */
  readonly columns: readonly string[];
}

/** Compares rows keyed by (model, field); `compared` counts the keys of both sides. */
export function compareEffectiveRows(
  expected: readonly EffectiveFieldGroupsRow[],
  actual: readonly EffectiveFieldGroupsRow[],
): { compared: number; differences: RowDifference[] } {
  const keyOf = (row: EffectiveFieldGroupsRow): string => `${row.model}.${row.field}`;
  const expectedByKey = new Map(expected.map((row) => [keyOf(row), row]));
  const actualByKey = new Map(actual.map((row) => [keyOf(row), row]));
  const keys = [...new Set([...expectedByKey.keys(), ...actualByKey.keys()])].sort();
  const differences = keys.flatMap((key): RowDifference[] => {
    const e = expectedByKey.get(key);
    const a = actualByKey.get(key);
    const columns = e && a ? EFFECTIVE_FIELD_GROUPS_COLUMNS.filter((column) => e[column] !== a[column]) : EFFECTIVE_FIELD_GROUPS_COLUMNS;
    return columns.length === 0 ? [] : [{ key, ...(e ? { expected: e } : {}), ...(a ? { actual: a } : {}), columns }];
  });
  return { compared: keys.length, differences };
}

/** The first differences, one per line, for a failure message. */
export function describeDifferences(differences: readonly RowDifference[], limit = 15): string {
  const shown = differences.slice(0, limit).map((difference) => {
    if (!difference.actual) return `missing  ${difference.key}: expected ${JSON.stringify(difference.expected)}`;
    if (!difference.expected) return `extra    ${difference.key}: got ${JSON.stringify(difference.actual)}`;
    const cells = difference.columns.map((column) => {
      const key = column as keyof EffectiveFieldGroupsRow;
      return `${column}: expected '${difference.expected![key]}', got '${difference.actual![key]}'`;
    });
    return `differs  ${difference.key}: ${cells.join('; ')}`;
  });
  const more = differences.length > limit ? [`… and ${differences.length - limit} more`] : [];
  return [`${differences.length} differing rows`, ...shown, ...more].join('\n');
}

import { relative } from 'node:path';
import { createSnapshot, type FieldInfo, type ModelInfo, type Snapshot, type SnapshotWarning } from '@sightline/odoo-model';
import type { AddonsSecurityReading } from '../addons-security-reading.type';
import type { ReadProblem } from '../read-problem.type';

export interface AddonsSnapshotExtras {
  /** ISO 8601; when the snapshot is taken. */
  readonly createdAt: string;
  /** Defaults to the addons paths. */
  readonly description?: string;
  /** From the Python model reader. */
  readonly models?: readonly ModelInfo[];
  readonly fields?: readonly FieldInfo[];
}

/**
 * A snapshot of an addons reading. Warnings (and, in lenient mode, errors) become snapshot
 * warnings with paths relative to their addons path, so the hash does not depend on the checkout.
 */
export function buildAddonsSnapshot(reading: AddonsSecurityReading, extras: AddonsSnapshotExtras): Snapshot {
  const toWarning = snapshotWarning(reading.addonsPaths);
  return createSnapshot({
    meta: {
      odooVersion: reading.odooVersion,
      source: { kind: 'addons', description: extras.description ?? reading.addonsPaths.join(', ') },
      createdAt: extras.createdAt,
      modules: reading.modules,
      warnings: [...reading.errors.map((p) => toWarning(p, 'error: ')), ...reading.warnings.map((p) => toWarning(p, ''))],
    },
    groups: reading.groups,
    users: reading.users,
    acls: reading.acls,
    rules: reading.rules,
    accessRows: reading.accessRows,
    defaultUserGroupXmlids: reading.defaultUserGroupXmlids,
    models: extras.models ?? [],
    fields: extras.fields ?? [],
  });
}

function snapshotWarning(addonsPaths: readonly string[]): (problem: ReadProblem, prefix: string) => SnapshotWarning {
  return (problem, prefix) => {
    const root = addonsPaths.find((path) => !relative(path, problem.file).startsWith('..'));
    return {
      message: `${prefix}${problem.message}`,
      ...(problem.file ? { file: root === undefined ? problem.file : relative(root, problem.file) } : {}),
      ...(problem.line ? { line: problem.line } : {}),
    };
  };
}

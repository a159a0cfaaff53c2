import { relative, sep } from 'node:path';
import type { SourceLocation } from '@sightline/odoo-model';
import type { FindingLocation } from '../model/check-finding.type';
import { moduleFileResolver } from './module-file.resolver';

/** Turns a snapshot location (relative to its addons path) into a path relative to the repository root. */
export function findingLocationResolver(addonsPaths: readonly string[], repoRoot: string): (location: SourceLocation | null | undefined) => FindingLocation | null {
  const resolve = moduleFileResolver(addonsPaths);
  return (location) => {
    if (!location) return null;
    const absolute = resolve(location.file);
    const file = absolute === null ? location.file : relative(repoRoot, absolute).split(sep).join('/');
    return { file, line: location.line };
  };
}

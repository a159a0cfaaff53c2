import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { ClassificationOverrideError, parseClassificationOverridesOrThrow } from '@sightline/privacy-catalog';
import { CheckInputError } from '../reading/check-input.error';
import type { CheckPolicy } from './check-policy.type';
import { parseCheckPolicy } from './parse-check-policy.util';

/** Reads `sightline.yml` and the classification overrides it names (relative to it). */
export function readCheckPolicy(file: string): CheckPolicy {
  const policy = parseCheckPolicy(readText(file), file);
  if (!policy.classificationFile) return policy.policy;
  const overridesFile = resolve(dirname(file), policy.classificationFile);
  try {
    const classification = { ...parseClassificationOverridesOrThrow(readText(overridesFile), overridesFile), source: overridesFile };
    return { ...policy.policy, classification };
  } catch (error) {
    if (error instanceof ClassificationOverrideError) {
      throw new CheckInputError(error.issues.map((issue) => ({ file: overridesFile, line: issue.line, column: issue.column, message: issue.path ? `${issue.path}: ${issue.message}` : issue.message })));
    }
    throw error;
  }
}

function readText(file: string): string {
  if (!existsSync(file)) throw new CheckInputError([{ file, message: 'no such file' }]);
  return readFileSync(file, 'utf8');
}

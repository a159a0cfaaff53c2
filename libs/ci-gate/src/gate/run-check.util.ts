import { readFileSync, writeFileSync } from 'node:fs';
import { detectOdooVersion, discoverModules, type ReadProblem } from '@sightline/odoo-addons';
import { parseBaselineFile } from '../baseline/parse-baseline-file.util';
import { toBaselineFile } from '../baseline/to-baseline-file.util';
import type { HrAccessState } from '../exposure/hr-access-state.type';
import type { Snapshot } from '@sightline/odoo-model';
import { CHECK_REPORT_SCHEMA, type CheckReport, type CheckReportBase } from '../model/check-report.type';
import { CheckInputError } from '../reading/check-input.error';
import { extractGitRefTree } from '../reading/extract-git-ref-tree.util';
import { isUnresolvedReference } from '../reading/is-unresolved-reference.util';
import { assembleReport } from './assemble-report.util';
import type { CheckBase, CheckOptions } from './check-options.type';
import { readSide, type SideReading } from './read-side.util';

interface BaseSide {
  readonly state: HrAccessState;
  readonly snapshot: Snapshot | null;
  readonly description: string;
  readonly readWarnings: number;
  /** The trees read (a baseline file has none). */
  readonly reading?: SideReading;
  /** `--base-ref`: the revision, and how each head path was read at base. */
  readonly ref?: string;
  readonly paths?: CheckReportBase['paths'];
}

/**
 * `sightline check`: reads head and base, computes every group's HR-data exposure on both and reports
 * what is new, attributed to the record that introduced it, after the policy's allowances.
 * @throws CheckInputError (exit 3) for input that could not be read.
 */
export function runCheck(options: CheckOptions): CheckReport {
  const head = readSide(options.addonsPaths, options.odooVersion, options);
  const baseline = options.baselineWrite ? writeBaseline(options.baselineWrite, head) : undefined;
  if (!options.base) return emptyReport(options, head, baseline);
  const base = readBase(options.base, options, head.view.snapshot.meta.odooVersion);
  if (base.reading) failOnNewReadProblems(head, base.reading);
  const report = assembleReport({ options, head, base: base.state, baseSnapshot: base.snapshot });
  return {
    ...report,
    base: { kind: options.base.kind, description: base.description, odooVersion: base.state.odooVersion, ...(base.ref !== undefined && { ref: base.ref, paths: base.paths }) },
    summary: { ...report.summary, readWarnings: head.readWarnings + base.readWarnings },
    ...(baseline && { baselineWritten: baseline }),
  };
}

function readBase(base: CheckBase, options: CheckOptions, headVersion: string): BaseSide {
  if (base.kind === 'baseline') {
    return { state: parseBaselineFile(readText(base.file), base.file), snapshot: null, description: base.file, readWarnings: 0 };
  }
  if (base.kind === 'paths') return fromSide(readSide(base.addonsPaths, baseVersion(base.addonsPaths, options, headVersion), options, 'base'), base.addonsPaths.join(', '));
  const tree = extractGitRefTree(options.addonsPaths, base.ref, { repo: base.repo });
  try {
    const compared = tree.origins.filter((o) => o.compared === 'at-ref').map((o) => o.path);
    const side = fromSide(readSide(tree.addonsPaths, baseVersion(tree.addonsPaths, options, headVersion), options, 'base'), `${base.ref}:${compared.join(', ')}`);
    return { ...side, ref: base.ref, paths: tree.origins };
  } catch (error) {
    if (error instanceof CheckInputError) throw new CheckInputError(error.problems.map((p) => ({ ...p, file: tree.describe(p.file), message: tree.describe(p.message) })));
    throw error;
  } finally {
    tree.remove();
  }
}

/**
 * What the head trees newly hold that the reader could not follow (a manifest, a Python file or a
 * class left out…): the gate cannot compare what it did not read, so it stops (exit 3). The same
 * problem at base is the trees' own and stays a warning; unresolved references are partial trees'.
 */
function failOnNewReadProblems(head: SideReading, base: SideReading): void {
  const keyOf = (side: SideReading) => (problem: ReadProblem) => problemKey(problem, side.addonsPaths);
  const atBase = new Set(base.warnings.map(keyOf(base)));
  const fresh = head.warnings.filter((problem) => !isUnresolvedReference(problem) && !atBase.has(keyOf(head)(problem)));
  if (fresh.length > 0) throw new CheckInputError(fresh.map((p) => ({ ...p, message: `${p.message} (new at head: not compared)` })));
}

/** The problem without its addons path and line numbers, so the same one reads the same at base and head, lines moved or not. */
function problemKey(problem: ReadProblem, addonsPaths: readonly string[]): string {
  const strip = (text: string) => addonsPaths.reduce((result, path) => result.split(`${path}/`).join(''), text).replace(/:\d+(:\d+)?(?=:)/g, '');
  return `${strip(problem.file)}: ${strip(problem.message)}`;
}

function fromSide(side: SideReading, description: string): BaseSide {
  return { state: side.view.state, snapshot: side.view.snapshot, description, readWarnings: side.readWarnings, reading: side };
}

/** Given, else read beside base, else the head's: a repository of custom modules has no release.py. */
function baseVersion(addonsPaths: readonly string[], options: CheckOptions, headVersion: string): string {
  return options.baseOdooVersion ?? detectOdooVersion(discoverModules(addonsPaths).modules) ?? options.odooVersion ?? headVersion;
}

function writeBaseline(file: string, head: SideReading): string {
  writeFileSync(file, JSON.stringify(toBaselineFile(head.view.state, new Date().toISOString()), null, 2) + '\n');
  return file;
}

function readText(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch (error) {
    throw new CheckInputError([{ file, message: (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error) }]);
  }
}

function emptyReport(options: CheckOptions, head: SideReading, baselineWritten: string | undefined): CheckReport {
  return {
    schema: CHECK_REPORT_SCHEMA,
    tool: { name: 'sightline', version: options.toolVersion },
    verdict: 'pass',
    exitCode: 0,
    head: { addonsPaths: options.addonsPaths, odooVersion: head.view.snapshot.meta.odooVersion, modules: head.view.snapshot.meta.modules.length },
    base: null,
    summary: { errors: 0, warnings: 0, allowed: 0, readWarnings: head.readWarnings },
    findings: [],
    allowed: [],
    ...(baselineWritten && { baselineWritten }),
  };
}

import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { realOdooTree } from '@sightline/odoo-corpus';
import { readCsvDataFile } from '../data-files/csv/read-csv-data-file.util';
import { FileReporter } from '../data-files/file.reporter';
import { buildAccessRecords } from '../data-files/output/build-access-records.util';
import { buildGroups } from '../data-files/output/build-groups.util';
import { buildUsers } from '../data-files/output/build-users.util';
import type { ReadProblem } from '../data-files/read-problem.type';
import { ReadProblems } from '../data-files/read-problems.collector';
import { RecordWriter } from '../data-files/records/record.writer';
import { RefResolver } from '../data-files/records/ref.resolver';
import { SecurityDataStore } from '../data-files/records/security-data.store';
import { readXmlDataFile } from '../data-files/xml/read-xml-data-file.util';
import type { AddonModule } from '../manifest/addon-module.type';
import { normalizeManifest } from '../manifest/normalize-manifest.util';

/**
 * Shared pieces of the readers' fuzz specs: real files of the published Odoo 18.0 tree, byte and
 * token mutations of a text, and the check that a reported position lies inside the input.
 */

/** Fixed seeds so CI runs are reproducible; fast-check prints the seed and path of a failure. */
export const FUZZ_SEED = 1810;
/** Generous per-test limit: outcomes are asserted, never speed (the CI machine is small and shared). */
export const FUZZ_TIMEOUT_MS = 120_000;

let cachedFiles: string[] | undefined;

function treeFiles(): string[] {
  if (!cachedFiles) {
    const tree = realOdooTree('18.0');
    cachedFiles = tree.addonsPaths.flatMap((dir) =>
      readdirSync(dir, { recursive: true, encoding: 'utf8' }).map((name) => join(dir, name)),
    ).sort();
  }
  return cachedFiles;
}

/**
 * Up to `count` real files whose path matches, spread evenly over the sorted list (so the sample
 * is the same on every run), with their text.
 */
export function sampleRealFiles(matches: (path: string) => boolean, count: number): { path: string; text: string }[] {
  const all = treeFiles().filter(matches);
  const step = Math.max(1, Math.floor(all.length / count));
  return all.filter((_, i) => i % step === 0).slice(0, count).map((path) => ({ path, text: readFileSync(path, 'utf8') }));
}

/** Fragments that break tokenizers and parsers: quotes, brackets, escapes, NUL, odd Unicode, markup. */
const FRAGMENTS = [
  "'", '"', "'''", '"""', '(', ')', '[', ']', '{', '}', ',', ':', ';', '=', '\\', '\n', '\r', '\r\n', '\t', '#',
  '\0', '\uFEFF', '\u2028', '\uD800', 'é', '💥', 'f"{', 'b"', 'r"', '**', '-', 'lambda', 'not ', '%', '.',
  '<', '>', '&', '</', '/>', '<!--', '-->', '<![CDATA[', ']]>', '&amp;', '&#0;', '&#xD800;', '<?', '?>',
  'class ', 'from . import ', '    ', '_name = ', 'fields.Char(', '|', '!', '&',
];

type Mutation = (text: string) => string;

const at = (text: string, position: number) => (text.length === 0 ? 0 : position % (text.length + 1));

const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ p: fc.nat(), n: fc.integer({ min: 1, max: 40 }) }).map(({ p, n }) => (t: string) => {
    const i = at(t, p);
    return t.slice(0, i) + t.slice(i + n);
  }),
  fc.record({ p: fc.nat(), n: fc.integer({ min: 1, max: 60 }) }).map(({ p, n }) => (t: string) => {
    const i = at(t, p);
    return t.slice(0, i + n) + t.slice(i, i + n) + t.slice(i + n);
  }),
  fc.record({ p: fc.nat(), q: fc.nat(), n: fc.integer({ min: 1, max: 20 }) }).map(({ p, q, n }) => (t: string) => {
    const [i, j] = [at(t, p), at(t, q)].sort((a, b) => a - b);
    if (i + n > j) return t;
    return t.slice(0, i) + t.slice(j, j + n) + t.slice(i + n, j) + t.slice(i, i + n) + t.slice(j + n);
  }),
  fc.record({ p: fc.nat(), fragment: fc.constantFrom(...FRAGMENTS), times: fc.integer({ min: 1, max: 3 }) }).map(
    ({ p, fragment, times }) => (t: string) => {
      const i = at(t, p);
      return t.slice(0, i) + fragment.repeat(times) + t.slice(i);
    },
  ),
  fc.record({ p: fc.nat(), s: fc.string({ unit: 'binary', maxLength: 4 }) }).map(({ p, s }) => (t: string) => {
    const i = at(t, p);
    return t.slice(0, i) + s + t.slice(i + s.length);
  }),
  fc.nat().map((p) => (t: string) => t.slice(0, at(t, p))),
);

/** A text mutated one to four times (delete, duplicate, swap, insert fragments or random characters, truncate). */
export function mutatedText(texts: readonly string[]): fc.Arbitrary<string> {
  return fc
    .tuple(fc.constantFrom(...texts), fc.array(mutation, { minLength: 1, maxLength: 4 }))
    .map(([text, mutations]) => mutations.reduce((t, m) => m(t), text));
}

/** How many lines a text has, counting `\r\n`, `\r` and `\n` as line breaks (an empty text has one). */
export function lineCount(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/**
 * The reported line is inside the text (`offsetLine` = the line the text starts at in its file).
 * XML parsers count `\r` differently from Python; either count is accepted.
 */
export function expectLineWithin(line: number | undefined, text: string, offsetLine = 1): void {
  expect(line).toEqual(expect.any(Number));
  expect(Number.isInteger(line)).toBe(true);
  expect(line!).toBeGreaterThanOrEqual(offsetLine);
  expect(line!).toBeLessThanOrEqual(offsetLine - 1 + lineCount(text));
}

/** `fn()`'s outcome: its value or what it threw. */
export function outcome<T>(fn: () => T): { value: T } | { error: unknown } {
  try {
    return { value: fn() };
  } catch (error) {
    return { error };
  }
}

/** Reads one data file text the way `readAddonsSecurity` does in lenient mode; returns the problems reported. */
export function readDataFileLeniently(kind: 'csv' | 'xml', text: string, file: string): { errors: readonly ReadProblem[]; warnings: readonly ReadProblem[] } {
  const problems = new ReadProblems('lenient');
  const module: AddonModule = {
    name: 'fuzz',
    addonsPath: '/addons',
    dir: '/addons/fuzz',
    manifestFile: '/addons/fuzz/__manifest__.py',
    manifest: normalizeManifest({ name: 'fuzz', depends: ['base'] }, 'fuzz', '/addons/fuzz/__manifest__.py'),
  };
  const reporter = new FileReporter(problems, { module, file: `/addons/fuzz/${file}`, moduleFile: `fuzz/${file}` });
  const store = new SecurityDataStore();
  const tree = { discovered: new Set(['base', 'fuzz']), installed: new Set(['base', 'fuzz']), withMissingFiles: new Set<string>() };
  const env = { store, writer: new RecordWriter(store, new RefResolver(store, tree, new Map()), tree) };
  if (kind === 'csv') readCsvDataFile(text, reporter, env);
  else readXmlDataFile(text, reporter, env);
  const locations = { error: () => undefined, warn: () => undefined };
  buildUsers(store, buildGroups(store));
  buildAccessRecords(store, locations);
  return problems;
}

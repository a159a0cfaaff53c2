import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { PyTuple, type PyValue } from '@sightline/odoo-python';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, expectLineWithin, mutatedText, outcome, sampleRealFiles } from '../testing/fuzz.test-util';
import { ManifestError } from './manifest.error';
import { readManifest } from './read-manifest.util';

/** A Python literal as written in a manifest, and the value it stands for. */
interface Literal {
  readonly source: string;
  readonly value: PyValue;
}

const blank = fc.constantFrom(' ', '', '  ', '\n    ', ' # comment, with ] and "\n    ', '\n\n    ', '\t');
const trailingComma = fc.boolean().map((yes) => (yes ? ',' : ''));

/** Python's repr-like rendering of a text with the chosen quote (escapes for backslash, quote, line breaks). */
function pythonString(text: string, quote: string): string {
  const escaped = text
    .replace(/\\/g, '\\\\')
    .replace(new RegExp(quote[0], 'g'), `\\${quote[0]}`)
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\0/g, '\\x00');
  return `${quote}${escaped}${quote}`;
}

const stringLiteral: fc.Arbitrary<Literal> = fc
  .record({
    parts: fc.array(fc.string({ unit: fc.constantFrom('a', 'Z', ' ', "'", '"', '\\', '\n', 'é', '💥', '{', '#', '\0', '/', '*'), maxLength: 8 }), { minLength: 1, maxLength: 3 }),
    quotes: fc.array(fc.constantFrom("'", '"', "'''", '"""'), { minLength: 3, maxLength: 3 }),
    prefix: fc.constantFrom('', 'u', 'U'),
    join: fc.constantFrom(' ', '', '\n    ', ' # part\n    '),
  })
  .map(({ parts, quotes, prefix, join }) => {
    const pieces = parts.map((part, i) => prefix + pythonString(part, quotes[i]));
    // Implicit concatenation across lines needs brackets around it.
    const source = join.includes('\n') && parts.length > 1 ? `(${pieces.join(join)})` : pieces.join(join === '' ? ' ' : join.includes('\n') ? ' ' : join);
    return { source, value: parts.join('') };
  });

const numberLiteral: fc.Arbitrary<Literal> = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }).chain((n) =>
    fc.constantFrom(String(n), n < 0 ? `- ${-n}` : `+${n}`, n < 0 ? `-0x${(-n).toString(16)}` : `0x${n.toString(16).toUpperCase()}`, n < 0 ? `-${(-n).toLocaleString('en').replace(/,/g, '_')}` : String(n))
      .map((source) => ({ source, value: n })),
  ),
  fc.constantFrom<Literal>({ source: '1.5', value: 1.5 }, { source: '-2.0e3', value: -2000 }, { source: '.25', value: 0.25 }, { source: '1_0.0_1', value: 10.01 }),
);

const atom: fc.Arbitrary<Literal> = fc.oneof(
  { weight: 3, arbitrary: stringLiteral },
  { weight: 2, arbitrary: numberLiteral },
  fc.constantFrom<Literal>({ source: 'None', value: null }, { source: 'True', value: true }, { source: 'False', value: false }),
  fc.constantFrom<Literal>({ source: "b'bytes'", value: 'bytes' }, { source: 'B"x\\x41"', value: 'xA' }, { source: "rb'\\d'", value: '\\d' }),
);

/** Nested lists, tuples and dicts (sets are left out: see the no-crash property). */
const literal: fc.Arbitrary<Literal> = fc.letrec<{ value: Literal }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 4, arbitrary: atom },
    fc.tuple(fc.array(tie('value'), { maxLength: 4 }), blank, trailingComma).map(([items, sep, comma]) => ({
      source: `[${sep}${items.map((i) => i.source).join(`,${sep}`)}${items.length ? comma : ''}]`,
      value: items.map((i) => i.value),
    })),
    fc.tuple(fc.array(tie('value'), { maxLength: 4 }), blank, trailingComma).map(([items, sep, comma]) => ({
      source: items.length === 1 ? `(${items[0].source},)` : `(${sep}${items.map((i) => i.source).join(`,${sep}`)}${items.length ? comma : ''})`,
      value: new PyTuple(items.map((i) => i.value)),
    })),
    fc.tuple(fc.uniqueArray(fc.tuple(stringLiteral, tie('value')), { maxLength: 4, selector: ([key]) => key.value }), blank, trailingComma).map(
      ([entries, sep, comma]) => ({
        source: `{${sep}${entries.map(([k, v]) => `${k.source}: ${v.source}`).join(`,${sep}`)}${entries.length ? comma : ''}}`,
        value: Object.fromEntries(entries.map(([k, v]) => [k.value as string, v.value])),
      }),
    ),
  ),
})).value;

const moduleName = fc.stringMatching(/^[a-z][a-z0-9_]{0,12}$/);

interface GeneratedManifest {
  readonly source: string;
  readonly name: string;
  readonly depends: readonly string[];
  readonly installable: boolean;
}

const manifest: fc.Arbitrary<GeneratedManifest> = fc
  .record({
    name: stringLiteral,
    depends: fc.array(moduleName, { maxLength: 4 }),
    dependsAsTuple: fc.boolean(),
    installable: fc.option(fc.boolean(), { nil: undefined }),
    extra: fc.uniqueArray(fc.tuple(fc.stringMatching(/^x_[a-z]{1,6}$/), literal), { maxLength: 4, selector: ([key]) => key }),
    header: fc.constantFrom('', '# -*- coding: utf-8 -*-\n', '# Part of Odoo. See LICENSE file.\n\n', '"""Module docstring."""\n'),
    sep: blank,
    comma: trailingComma,
    footer: fc.constantFrom('', '\n', '\n# end\n', '\r\n'),
  })
  .map(({ name, depends, dependsAsTuple, installable, extra, header, sep, comma, footer }) => {
    const dependsSource = dependsAsTuple ? `(${depends.map((d) => `'${d}'`).join(', ')}${depends.length ? ',' : ''})` : `[${depends.map((d) => `"${d}"`).join(', ')}]`;
    const entries = [
      `'name': ${name.source}`,
      `'depends': ${dependsSource}`,
      ...(installable === undefined ? [] : [`'installable': ${installable ? 'True' : 'False'}`]),
      `'data': ['security/ir.model.access.csv']`,
      ...extra.map(([key, value]) => `'${key}': ${value.source}`),
    ];
    const source = `${header}{${sep}${entries.join(`,${sep}`)}${comma}\n}${footer}`;
    return { source, name: name.value as string, depends, installable: installable ?? true };
  });

describe('readManifest fuzzed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sightline-manifest-fuzz-'));
  const file = join(dir, '__manifest__.py');
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const read = (source: string) => {
    writeFileSync(file, source);
    return readManifest(file, 'fuzz');
  };
  const realManifests = sampleRealFiles((path) => path.endsWith('/__manifest__.py'), 40);

  /** A manifest or a ManifestError whose line, when it has one, is inside the source. */
  function expectManifestOrLocatedError(source: string): void {
    const result = outcome(() => read(source));
    if ('value' in result) return;
    if (!(result.error instanceof ManifestError)) throw result.error;
    if (result.error.line !== undefined) expectLineWithin(result.error.line, source);
  }

  it('reads generated manifests (strings, bytes, numbers, nested lists/tuples/dicts, comments, trailing commas)', () => {
    fc.assert(
      fc.property(manifest, (generated) => {
        const read_ = read(generated.source);
        expect(read_.name).toBe(generated.name);
        expect(read_.depends).toEqual(generated.depends.length > 0 ? generated.depends : ['base']);
        expect(read_.installable).toBe(generated.installable);
        expect(read_.data).toEqual(['security/ir.model.access.csv']);
      }),
      { seed: FUZZ_SEED, numRuns: 200 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('on mutated generated manifests: a manifest or a located ManifestError', () => {
    fc.assert(
      fc.property(manifest.chain((generated) => mutatedText([generated.source])), expectManifestOrLocatedError),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  }, FUZZ_TIMEOUT_MS);

  it(`on mutated real manifests (${realManifests.length} of Odoo 18.0): a manifest or a located ManifestError`, () => {
    expect(realManifests.length).toBeGreaterThanOrEqual(30);
    fc.assert(fc.property(mutatedText(realManifests.map((m) => m.text)), expectManifestOrLocatedError), { seed: FUZZ_SEED, numRuns: 300 });
  }, FUZZ_TIMEOUT_MS);

  it('on manifests with sets, set() and values Odoo would refuse: a manifest or a located ManifestError', () => {
    const odd = fc.constantFrom(
      "{'depends': {'base', 'web'}}", "{'depends': set()}", "{'assets': {'web': {'a/*'}}}", "{'depends': ['base'], 'x': 1j}",
      "{'depends': f'base'}", "{'x': {(1, 2): 3}}", "{'x': {[1]: 3}}", "{'x': {**{}}}", "{'x': -'a'}", "{'x': not 1}", '[1]', 'x = {}',
      "{'name': 'a' b'b'}", "{'x': 10**10**10}", "{'x': 1e400}", "{'x': 0b102}",
    );
    fc.assert(fc.property(fc.oneof(odd, odd.chain((text) => mutatedText([text]))), expectManifestOrLocatedError), { seed: FUZZ_SEED, numRuns: 200 });
  }, FUZZ_TIMEOUT_MS);

  it.each([
    ['100k nested lists', `{'depends': ${'['.repeat(100_000)}${']'.repeat(100_000)}}`],
    ['100k nested dicts, unclosed', `{'a': ${"{'a': ".repeat(100_000)}`],
    ['100k unary minus', `{'sequence': ${'-'.repeat(100_000)}1}`],
    ['a 100k-term sum', `{'sequence': 1${' + 1'.repeat(100_000)}}`],
    ['150 nested f-strings and more', `{'name': ${'f"{'.repeat(200)}1${'}"'.repeat(200)}}`],
    ['an unterminated 1 MB string', `{'name': '${'a'.repeat(1_000_000)}}`],
  ])('%s: a located ManifestError', (_name, source) => {
    const result = outcome(() => read(source));
    expect('error' in result && result.error).toBeInstanceOf(ManifestError);
    expectManifestOrLocatedError(source);
  }, FUZZ_TIMEOUT_MS);

  it('a manifest with a 1 MB single-line description is read', () => {
    expect(read(`{'name': 'x', 'description': '${'a'.repeat(1_000_000)}'}`).name).toBe('x');
  }, FUZZ_TIMEOUT_MS);
});

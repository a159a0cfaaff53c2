import fc from 'fast-check';
import { evaluatePython } from './evaluate-python.util';
import { parseManifestSource } from './parse-manifest-source.util';
import { parsePythonExpression } from './parse-python-expression.util';
import { PythonEvaluationError } from './python-evaluation.error';
import { PythonSourceError } from './python-source.error';
import { PythonSyntaxError } from './python-syntax.error';

const SEED = 1810;
const TIMEOUT_MS = 120_000;

function lineCount(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** `fn` returns, or throws a PythonSourceError whose line is inside `text` (never a TypeError, RangeError…). */
function expectResultOrLocatedError(text: string, fn: () => unknown): unknown {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof PythonSourceError)) throw error;
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount(text));
    expect(error.column).toBeGreaterThanOrEqual(1);
    return error;
  }
}

/** Token soup: every operator, bracket and quote kind, names, numbers, keywords, line breaks. */
const token = fc.oneof(
  fc.constantFrom('(', ')', '[', ']', '{', '}', ',', ':', '.', '=', '==', '-', '+', '*', '**', '/', '//', '%', '|', '&', '~', '<', '>=', '!='),
  fc.constantFrom('lambda', 'not', 'and', 'or', 'if', 'else', 'for', 'in', 'is', 'None', 'True', 'False', 'x', 'user', 'ref', 'f', 'set'),
  fc.constantFrom("'a'", '"b"', "'''c\n'''", "f'{x}'", "f'{x!r:>{y}}'", "b'z'", "r'\\d'", "'", '"', "f'{", '0', '1.5', '0x1F', '1_000', '1e3', '10**400'),
  fc.constantFrom(' ', '\n', '\r\n', '\\\n', '# c\n', '\t', '\0', '\uFEFF', 'é', '💥', '\\'),
);
const soup = fc.array(token, { maxLength: 30 }).map((tokens) => tokens.join(' '));

const ENV = {
  names: {
    x: 3, y: '>5', user: { id: 7, company_ids: [1, 2] },
    ref: (xmlid: unknown) => `ref:${String(xmlid)}`,
  },
};

describe('Python readers fuzzed', () => {
  it('parse and evaluate token soup: a value or a located PythonSourceError', () => {
    fc.assert(
      fc.property(soup, (text) => {
        const node = expectResultOrLocatedError(text, () => parsePythonExpression(text));
        if (node instanceof Error) return;
        const result = expectResultOrLocatedError(text, () => evaluatePython(parsePythonExpression(text), ENV));
        if (result instanceof Error) expect(result).toBeInstanceOf(PythonEvaluationError);
      }),
      { seed: SEED, numRuns: 2000 },
    );
  }, TIMEOUT_MS);

  it('parse manifests built from token soup: a dict or a located PythonSourceError', () => {
    fc.assert(
      fc.property(soup, soup, (key, value) => {
        const text = `# -*- coding: utf-8 -*-\n{\n    ${key}: ${value},\n}\n`;
        expectResultOrLocatedError(text, () => parseManifestSource(text));
      }),
      { seed: SEED, numRuns: 1000 },
    );
  }, TIMEOUT_MS);

  describe('pathological input ends with a located error, in bounded work', () => {
    const N = 100_000;
    it.each([
      ['100k nested parentheses', `${'('.repeat(N)}1${')'.repeat(N)}`, 'too many nested parentheses'],
      ['100k unclosed brackets', '['.repeat(N), 'too many nested parentheses'],
      ['100k unary minus', `${'-'.repeat(N)}1`, 'expression nested too deeply'],
      ['100k not', `${'not '.repeat(N)}1`, 'expression nested too deeply'],
      ['100k powers', `${'2**'.repeat(N)}1`, 'expression nested too deeply'],
      ['100k lambdas', `${'lambda: '.repeat(N)}1`, 'expression nested too deeply'],
      ['100k conditional expressions', `${'1 if 1 else '.repeat(N)}1`, 'expression nested too deeply'],
      ['a 100k-term sum', `1${'+1'.repeat(N)}`, 'expression nested too deeply'],
      ['100k attributes', `a${'.b'.repeat(N)}`, 'expression nested too deeply'],
      ['100k calls', `a${'()'.repeat(N)}`, 'expression nested too deeply'],
      ['100k subscripts', `a${'[0]'.repeat(N)}`, 'expression nested too deeply'],
      ['1000 nested f-strings', `${'f"{'.repeat(1000)}1${'}"'.repeat(1000)}`, 'too many nested f-strings'],
      ['brackets nested across f-string fields', `${'f"{('.repeat(100)}1${')}"'.repeat(100)}`, 'expression nested too deeply'],
      ['an unterminated 1 MB string', `'${'a'.repeat(1_000_000)}`, 'unterminated string literal'],
      ['an unterminated 1 MB triple-quoted string', `'''${'a\n'.repeat(500_000)}`, 'unterminated triple-quoted string literal'],
    ])('%s', (_name, text, reason) => {
      expect(() => parsePythonExpression(text)).toThrow(PythonSyntaxError);
      expect(() => parsePythonExpression(text)).toThrow(reason);
      expectResultOrLocatedError(text, () => parsePythonExpression(text));
    }, TIMEOUT_MS);

    it('a 1 MB single-line string is read', () => {
      expect(parsePythonExpression(`'${'a'.repeat(1_000_000)}'`)).toMatchObject({ kind: 'str' });
    }, TIMEOUT_MS);

    it('199 nested brackets and a 499-term sum are still read and evaluated', () => {
      expect(evaluatePython(parsePythonExpression(`${'('.repeat(199)}1${')'.repeat(199)}`), ENV)).toBe(1);
      expect(evaluatePython(parsePythonExpression(`1${'+1'.repeat(498)}`), ENV)).toBe(499);
    });

    it.each([
      ['[0] * 10**9', 'result too large'],
      ["'a' * 10**9", 'result too large'],
      ['range(10**400)', 'result too large'],
      ["'%0999999999d' % 1", 'result too large'],
      ['[1 for a in range(10**5) for b in range(10**5)]', 'evaluation too long'],
      ['(lambda f: f(f))(lambda f: f(f))', 'maximum recursion depth exceeded'],
    ])('evaluating %s: a located PythonEvaluationError', (text, reason) => {
      expect(() => evaluatePython(parsePythonExpression(text), ENV)).toThrow(PythonEvaluationError);
      expect(() => evaluatePython(parsePythonExpression(text), ENV)).toThrow(reason);
    }, TIMEOUT_MS);
  });
});

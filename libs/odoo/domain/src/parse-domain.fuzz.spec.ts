import fc from 'fast-check';
import { PythonSourceError } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { domainFromValue } from './domain-from-value.util';
import { formatDomain } from './format-domain.util';
import { parseDomain } from './parse-domain.util';
import { MAX_DOMAIN_DEPTH } from './prefix-domain.reader';
import { simplifyDomain } from './simplify-domain.util';
import { corpusRuleDomains } from './testing/corpus-domains.test-util';

const SEED = 1810;
const TIMEOUT_MS = 120_000;

function lineCount(text: string): number {
  return (text.match(/\r\n|\r|\n/g)?.length ?? 0) + 1;
}

/** A domain (that formats and simplifies), or a located PythonSourceError / DomainError inside the text. */
function expectDomainOrLocatedError(text: string): void {
  try {
    const domain = parseDomain(text);
    formatDomain(simplifyDomain(domain));
  } catch (error) {
    if (!(error instanceof PythonSourceError) && !(error instanceof DomainError)) throw error;
    expect(error.line).toBeGreaterThanOrEqual(1);
    expect(error.line).toBeLessThanOrEqual(lineCount(text));
  }
}

const leaf = fc.oneof(fc.constantFrom("(1, '=', 1)", "(0, '=', 1)"), fc
  .tuple(
    fc.constantFrom("'user_id'", "'company_id'", "'employee_id.user_id'", "'state'"),
    fc.constantFrom("'='", "'!='", "'in'", "'not in'", "'child_of'", "'ilike'", "'any'", "'=?'", "'<>'"),
    fc.constantFrom('user.id', 'company_ids', "[('a', '=', 1)]", 'False', "'draft'", '1', '[]', "ref('base.group_user')"),
  )
  .map(([field, operator, value]) => `(${field}, ${operator}, ${value})`));

/** Valid prefix domains: each operator followed by its operands. */
const term: fc.Arbitrary<string[]> = fc.letrec<{ term: string[] }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: leaf.map((l) => [l]) },
    tie('term').map((t) => ["'!'", ...t]),
    fc.tuple(fc.constantFrom("'&'", "'|'"), tie('term'), tie('term')).map(([op, a, b]) => [op, ...a, ...b]),
  ),
})).term;
const domainText = fc.array(term, { maxLength: 4 }).map((terms) => `[${terms.flat().join(', ')}]`);

/** Token-level mutations: delete, duplicate, insert a bracket, quote or operator. */
const mutated = (texts: fc.Arbitrary<string>) =>
  fc.tuple(texts, fc.array(fc.tuple(fc.nat(), fc.integer({ min: 0, max: 3 }), fc.constantFrom('(', ')', '[', ']', "'", '"', ',', "'|',", "'!',", '\n', '\0', 'é', '\\')), { minLength: 1, maxLength: 4 }))
    .map(([text, edits]) => edits.reduce((t, [p, kind, fragment]) => {
      const i = p % (t.length + 1);
      if (kind === 0) return t.slice(0, i) + t.slice(i + 3);
      if (kind === 1) return t.slice(0, i) + t.slice(i, i + 8) + t.slice(i);
      if (kind === 2) return t.slice(0, i);
      return t.slice(0, i) + fragment + t.slice(i);
    }, text));

describe('parseDomain fuzzed', () => {
  const corpus = corpusRuleDomains('18.0').map((d) => d.text);

  it('parses generated prefix domains, and their formatted form parses to the same', () => {
    fc.assert(
      fc.property(domainText, (text) => {
        const formatted = formatDomain(parseDomain(text));
        expect(formatDomain(parseDomain(formatted))).toBe(formatted);
      }),
      { seed: SEED, numRuns: 500 },
    );
  }, TIMEOUT_MS);

  it('on mutated generated domains: a domain or a located error', () => {
    fc.assert(fc.property(mutated(domainText), expectDomainOrLocatedError), { seed: SEED, numRuns: 1000 });
  }, TIMEOUT_MS);

  it(`on mutated ir.rule domain_force texts of Odoo 18.0 (${corpus.length}): a domain or a located error`, () => {
    expect(corpus.length).toBeGreaterThan(30);
    fc.assert(fc.property(mutated(fc.constantFrom(...corpus)), expectDomainOrLocatedError), { seed: SEED, numRuns: 1000 });
  }, TIMEOUT_MS);

  describe('pathological domains, in bounded work', () => {
    const N = 20_000;
    const leaves = (n: number) => Array.from({ length: n }, () => "('a', '=', 1)").join(',');

    it("20k '|' in a row are read (flattened, as Odoo reads them)", () => {
      const domain = parseDomain(`['|'${",'|'".repeat(N - 1)},${leaves(N + 1)}]`);
      expect(domain.kind === 'or' && domain.children.length).toBe(N + 1);
    }, TIMEOUT_MS);

    it.each([
      ["20k '!'", `[${"'!',".repeat(N)}('a', '=', 1)]`],
      ["20k alternating '&' and '|'", `[${"'&','|',".repeat(N / 2)}${leaves(N + 1)}]`],
    ])('%s: a located DomainError', (_name, text) => {
      let error: unknown;
      try {
        parseDomain(text);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(DomainError);
      expect([(error as DomainError).reason, (error as DomainError).line]).toEqual([`domain nested too deeply (more than ${MAX_DOMAIN_DEPTH} levels)`, 1]);

    }, TIMEOUT_MS);

    it(`${MAX_DOMAIN_DEPTH} levels are read`, () => {
      expect(parseDomain(`[${"'!',".repeat(MAX_DOMAIN_DEPTH)}('a', '=', 1)]`).kind).toBe('not');
    });

    it('evaluated domains: long ones are read, deep ones are a DomainError', () => {
      const leafValue = ['a', '=', 1];
      expect(domainFromValue([...Array(N).fill('|'), ...Array(N + 1).fill(leafValue)]).kind).toBe('or');
      expect(() => domainFromValue([...Array(N).fill('!'), leafValue])).toThrow(DomainError);
    }, TIMEOUT_MS);
  });
});

import { parsePythonExpression } from './parse-python-expression.util';
import { CORPUS_VERSIONS, corpusIrAccessDomains, corpusXmlExpressions, type CorpusExpression } from './testing/odoo-corpus.test-util';

function parseFailures(expressions: readonly CorpusExpression[]): string[] {
  const failures: string[] = [];
  for (const e of expressions) {
    try {
      parsePythonExpression(e.text, { file: e.file, line: e.line, column: e.column });
    } catch (error) {
      failures.push(error instanceof Error ? error.message : String(error));
    }
  }
  return failures;
}

describe('every Python expression of the Odoo corpus parses', () => {
  const expected: Record<string, { evals: number; domains: number }> = {
    '17.0': { evals: 3046, domains: 526 },
    '18.0': { evals: 3520, domains: 584 },
    '19.0': { evals: 3657, domains: 588 },
  };

  it.each(CORPUS_VERSIONS)('%s: all eval= attributes and domain_force texts', (version) => {
    const expressions = corpusXmlExpressions(version);
    const count = (kind: string) => expressions.filter((e) => e.kind === kind).length;
    expect({ evals: count('eval'), domains: count('domain_force') }).toEqual(expected[version]);
    expect(parseFailures(expressions)).toEqual([]);
  });

  it('post-19: every domain of ir.access.csv', () => {
    const domains = corpusIrAccessDomains();
    expect(domains).toHaveLength(15);
    expect(parseFailures(domains)).toEqual([]);
  });

  it('positions expressions at their place in the XML file', () => {
    const file = '17.0/addons/hr/security/hr_security.xml';
    const rule = corpusXmlExpressions('17.0').find((e) => e.file === file && e.kind === 'domain_force' && e.line === 31)!;
    const node = parsePythonExpression(rule.text, { file, line: rule.line, column: rule.column });
    expect(node).toMatchObject({ kind: 'list', pos: { line: 31, column: 36 }, file });
    expect(node.kind === 'list' && node.elements[1].pos).toEqual({ line: 31, column: 41 });
  });
});

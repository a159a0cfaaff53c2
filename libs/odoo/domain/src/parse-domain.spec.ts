import { parsePythonExpression, PythonSyntaxError } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { explainDomain } from './explain-domain.util';
import { formatDomain } from './format-domain.util';
import { parseDomain } from './parse-domain.util';

describe('parseDomain', () => {
  describe('normalises prefix notation into AND/OR/NOT trees', () => {
    it.each([
      ['[]', 'true', '[]'],
      ['', 'true', '[]'],
      ['  \n ', 'true', '[]'],
      ["[(1, '=', 1)]", 'true', '[]'],
      ["[(0, '=', 1)]", 'false', "[(0, '=', 1)]"],
      ["[('a', '=', 1)]", 'leaf', "[('a', '=', 1)]"],
      ["[('a', '=', 1), ('b', '=', 2)]", 'and', "[('a', '=', 1), ('b', '=', 2)]"],
      ["['&', ('a', '=', 1), ('b', '=', 2)]", 'and', "[('a', '=', 1), ('b', '=', 2)]"],
      ["['|', ('a', '=', 1), ('b', '=', 2)]", 'or', "['|', ('a', '=', 1), ('b', '=', 2)]"],
      ["['|', '|', ('a', '=', 1), ('b', '=', 2), ('c', '=', 3)]", 'or', "['|', '|', ('a', '=', 1), ('b', '=', 2), ('c', '=', 3)]"],
      ["['|', ('a', '=', 1), '|', ('b', '=', 2), ('c', '=', 3)]", 'or', "['|', '|', ('a', '=', 1), ('b', '=', 2), ('c', '=', 3)]"],
      ["['|', ('a', '=', 1), ('b', '=', 2), ('c', '=', 3)]", 'and', "['|', ('a', '=', 1), ('b', '=', 2), ('c', '=', 3)]"],
      ["['!', ('a', '=', 1)]", 'not', "['!', ('a', '=', 1)]"],
      ["['!', '|', ('a', '=', 1), ('b', '=', 2)]", 'not', "['!', '|', ('a', '=', 1), ('b', '=', 2)]"],
      ["[('a', '<>', 1), ('b', '==', 2), ('c', 'NOT IN', [])]", 'and', "[('a', '!=', 1), ('b', '=', 2), ('c', 'not in', [])]"],
      ["[['a', '=', 1]]", 'leaf', "[('a', '=', 1)]"],
      ["(('a', '=', 1),)", 'leaf', "[('a', '=', 1)]"],
      ["[('company_id','in',company_ids+[False])]", 'leaf', "[('company_id', 'in', company_ids + [False])]"],
      ["[('a', 'any', [('b', '=', 1), ('c', '=', 2)])]", 'leaf', "[('a', 'any', [('b', '=', 1), ('c', '=', 2)])]"],
      ["[('a', 'not any', x)]", 'leaf', "[('a', 'not any', x)]"],
      ["['|', (1, '=', 1), ('a', '=', 1)]", 'or', "['|', (1, '=', 1), ('a', '=', 1)]"],
    ])('%s', (text, kind, canonical) => {
      const tree = parseDomain(text);
      expect(tree.kind).toBe(kind);
      expect(formatDomain(tree)).toBe(canonical);
    });

    it('keeps leaf values as Python expressions and parses any/not any sub-domains', () => {
      const tree = parseDomain("[('employee_id.user_id', '=', user.id), ('tag_ids', 'any', [('name', '=', 'x')])]");
      expect(tree).toMatchObject({
        kind: 'and',
        children: [
          { kind: 'leaf', path: 'employee_id.user_id', operator: '=', value: { kind: 'expression', node: { kind: 'attribute', name: 'id' } } },
          { kind: 'leaf', path: 'tag_ids', operator: 'any', value: { kind: 'domain', domain: { kind: 'leaf', path: 'name' } } },
        ],
      });
    });

    it('accepts an already parsed node and keeps positions', () => {
      const node = parsePythonExpression("[\n  ('a', '=', 1)]", { file: 'r.xml', line: 4, column: 10 });
      expect(parseDomain(node)).toMatchObject({ kind: 'leaf', pos: { line: 5, column: 3 }, file: 'r.xml' });
    });

    it('explains the tree in words', () => {
      const tree = parseDomain("['|', ('company_id', '=', False), '&', ('company_id', 'in', company_ids), ('name', 'ilike', 'x')]");
      expect(explainDomain(tree)).toBe("company_id is not set OR (company_id in company_ids AND name contains (any case) 'x')");
    });
  });

  describe('errors name file:line:column and the cause', () => {
    const origin = { file: 'hr/security/hr_security.xml', line: 20, column: 41 };

    it.each([
      ["('a', '=', 1)", "hr/security/hr_security.xml:20:41: a domain must be a list of terms, found a single leaf `('a', '=', 1)`"],
      ["'[]'", "hr/security/hr_security.xml:20:41: a domain must be a list, found str `'[]'`"],
      ["['|', ('a', '=', 1)]", "hr/security/hr_security.xml:20:42: '|' is missing an operand (two expected)"],
      ["['!']", "hr/security/hr_security.xml:20:42: '!' is missing an operand (one expected)"],
      ["['^', ('a', '=', 1)]", "hr/security/hr_security.xml:20:42: unknown domain operator '^' (expected '&', '|' or '!')"],
      ["[('a', '=')]", "hr/security/hr_security.xml:20:42: a domain leaf must have 3 elements, found 2: `('a', '=')`"],
      ["[('a', 'equals', 1)]", "hr/security/hr_security.xml:20:48: unknown domain operator 'equals'"],
      ["[(field, '=', 1)]", 'hr/security/hr_security.xml:20:43: a domain leaf must start with a field path string, found `field`'],
      ["[('a', op, 1)]", 'hr/security/hr_security.xml:20:48: a domain operator must be a string, found `op`'],
      ['[42]', "hr/security/hr_security.xml:20:42: a domain term must be '&', '|', '!' or a (field, operator, value) leaf, found num `42`"],
      ["[\n  ('a', '=', 1),\n  ('b', 'bad', 2),\n]", "hr/security/hr_security.xml:22:9: unknown domain operator 'bad'"],
    ])('%s', (text, message) => {
      expect(() => parseDomain(text, origin)).toThrow(DomainError);
      expect(() => parseDomain(text, origin)).toThrow(message);
    });

    it('reports Python syntax errors as PythonSyntaxError', () => {
      expect(() => parseDomain("[('a', '=', 1]", origin)).toThrow(PythonSyntaxError);
      expect(() => parseDomain("[('a', '=', 1]", origin)).toThrow("hr/security/hr_security.xml:20:54: unexpected ']': '(' opened at 20:42 is not closed");
    });

    it('exposes file, line and column on the error', () => {
      try {
        parseDomain("['!']", origin);
        throw new Error('expected an error');
      } catch (error) {
        expect(error).toMatchObject({ file: origin.file, line: 20, column: 42, reason: "'!' is missing an operand (one expected)" });
      }
    });
  });
});

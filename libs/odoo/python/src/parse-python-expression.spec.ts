import { parsePythonExpression } from './parse-python-expression.util';
import { PythonSyntaxError } from './python-syntax.error';
import { sExpression } from './testing/s-expression.test-util';

const parse = (text: string) => sExpression(parsePythonExpression(text));

describe('parsePythonExpression', () => {
  describe('literals', () => {
    it.each([
      ["'a'", '"a"'],
      ['"a"', '"a"'],
      ["'''a\nb'''", '"a\\nb"'],
      ['"""x"y"""', '"x\\"y"'],
      ["r'\\d\\n'", '"\\\\d\\\\n"'],
      ["u'caf\\xe9'", '"café"'],
      ["b'\\x00'", '"\\u0000"'],
      ["'a\\tb\\\\c\\'d'", '"a\\tb\\\\c\'d"'],
      ["'\\u00e9\\U0001F600\\101'", '"é😀A"'],
      ["'\\q'", '"\\\\q"'],
      ["'a' 'b' \"c\"", '"abc"'],
      ["('a'\n 'b')", '"ab"'],
      ["'line\\\ncontinued'", '"linecontinued"'],
      ['42', '42'],
      ['1_000', '1000'],
      ['0x1F', '31'],
      ['0o17', '15'],
      ['0b101', '5'],
      ['3.25', '3.25'],
      ['.5', '0.5'],
      ['1e3', '1000'],
      ['2.5E-1', '0.25'],
      ['-7', '(- 7)'],
      ['True', 'True'],
      ['False', 'False'],
      ['None', 'None'],
      ['[]', '(list)'],
      ['[1, 2,]', '(list 1 2)'],
      ['()', '(tuple)'],
      ['(1,)', '(tuple 1)'],
      ['(1, 2)', '(tuple 1 2)'],
      ['1, 2', '(tuple 1 2)'],
      ['(1)', '1'],
      ['{}', '(dict)'],
      ["{'a': 1, 'b': [2],}", '(dict "a":1 "b":(list 2))'],
      ["{'a': 1, **rest}", '(dict "a":1 **:rest)'],
      ['{1, 2}', '(set 1 2)'],
      ['[*a, 1]', '(list (* a) 1)'],
    ])('%s', (text, expected) => {
      expect(parse(text)).toBe(expected);
    });

    it('keeps number details and string flavours', () => {
      expect(parsePythonExpression('1.0')).toMatchObject({ kind: 'num', value: 1, raw: '1.0', isFloat: true });
      expect(parsePythonExpression('10')).toMatchObject({ kind: 'num', value: 10, isFloat: false });
      expect(parsePythonExpression('0xE')).toMatchObject({ kind: 'num', value: 14, isFloat: false });
      expect(parsePythonExpression("b'x'")).toMatchObject({ kind: 'str', value: 'x', bytes: true });
      expect(parsePythonExpression("rb'\\u'")).toMatchObject({ kind: 'str', value: '\\u', bytes: true });
      expect(parsePythonExpression("b'\\u'")).toMatchObject({ kind: 'str', value: '\\u' });
    });
  });

  describe('precedence and associativity', () => {
    it.each([
      ['1 + 2 * 3', '(+ 1 (* 2 3))'],
      ['(1 + 2) * 3', '(* (+ 1 2) 3)'],
      ['1 - 2 - 3', '(- (- 1 2) 3)'],
      ['2 ** 3 ** 2', '(** 2 (** 3 2))'],
      ['-2 ** 2', '(- (** 2 2))'],
      ['2 ** -1', '(** 2 (- 1))'],
      ['a // b % c', '(% (// a b) c)'],
      ['a | b ^ c & d', '(| a (^ b (& c d)))'],
      ['a << 1 + 2', '(<< a (+ 1 2))'],
      ['not a == b', '(not (== a b))'],
      ['a and b or c and d', '(or (and a b) (and c d))'],
      ['a or b or c', '(or a b c)'],
      ['not not a', '(not (not a))'],
      ['a < b <= c', '(<,<= a b c)'],
      ['a in b', '(in a b)'],
      ['a not in b', '(not in a b)'],
      ['a is None', '(is a None)'],
      ['a is not None', '(is not a None)'],
      ['a if c else b', '(if c a b)'],
      ['a if c else b if d else e', '(if c a (if d b e))'],
      ['a or b if c else d', '(if c (or a b) d)'],
      ['x + y if c else z', '(if c (+ x y) z)'],
      ['lambda x, y: x + y', '(lambda (x y) (+ x y))'],
      ['company_ids + [False]', '(+ company_ids (list False))'],
      ["'%s' % x", '(% "%s" x)'],
    ])('%s', (text, expected) => {
      expect(parse(text)).toBe(expected);
    });
  });

  describe('primaries', () => {
    it.each([
      ['user.employee_id.department_id.id', '(. (. (. user employee_id) department_id) id)'],
      ["ref('base.group_user')", '(call ref "base.group_user")'],
      ['f()', '(call f)'],
      ['f(a, *args, k=1, **kw)', '(call f a (* args) (= k 1) (** kw))'],
      ['f(x for x in y)', '(call f (generator-comp x (for x y)))'],
      ["user.env.ref('x').id", '(. (call (. (. user env) ref) "x") id)'],
      ['a[0]', '([] a 0)'],
      ['a[-1]', '([] a (- 1))'],
      ['a[1:2]', '([] a (slice 1 2 _))'],
      ['a[::2]', '([] a (slice _ _ 2))'],
      ['a[:]', '([] a (slice _ _ _))'],
      ['a[1, 2]', '([] a (tuple 1 2))'],
      ["obj().env['mail.message']", '([] (. (call obj) env) "mail.message")'],
      ['time.strftime("%Y-%m-%d")', '(call (. time strftime) "%Y-%m-%d")'],
      ['context_today()', '(call context_today)'],
      ['[g.id for g in user.groups_id]', '(list-comp (. g id) (for g (. user groups_id)))'],
      ['[x for x, y in pairs if y if x]', '(list-comp x (for (tuple x y) pairs y x))'],
      ['[a for b in c for a in b]', '(list-comp a (for b c) (for a b))'],
      ['{x for x in y}', '(set-comp x (for x y))'],
      ['{k: v for k, v in items}', '(dict-comp k v (for (tuple k v) items))'],
      ['(x for x in y)', '(generator-comp x (for x y))'],
      ['[x if x else y for x in z]', '(list-comp (if x x y) (for x z))'],
    ])('%s', (text, expected) => {
      expect(parse(text)).toBe(expected);
    });
  });

  describe('Odoo eval= forms', () => {
    it.each([
      ["[(4, ref('base.group_user'))]", '(list (tuple 4 (call ref "base.group_user")))'],
      ["[(6, 0, [ref('a'), ref('b')])]", '(list (tuple 6 0 (list (call ref "a") (call ref "b"))))'],
      ["[(6,0,[ref('a')])]", '(list (tuple 6 0 (list (call ref "a"))))'],
      ["[Command.link(ref('x'))]", '(list (call (. Command link) (call ref "x")))'],
      ["[Command.set([ref('a'), ref('b')])]", '(list (call (. Command set) (list (call ref "a") (call ref "b"))))'],
      ["[(3, ref('x'))]", '(list (tuple 3 (call ref "x")))'],
      ['[(5,)]', '(list (tuple 5))'],
      ['[(5, 0, 0)]', '(list (tuple 5 0 0))'],
      ['[Command.clear()]', '(list (call (. Command clear)))'],
      ["ref('x')", '(call ref "x")'],
      ["ref('x', raise_if_not_found=False)", '(call ref "x" (= raise_if_not_found False))'],
      ['False', 'False'],
      ['"[(\'a\',\'=\',1)]"', '"[(\'a\',\'=\',1)]"'],
      ["{'company_ids': [(4, ref('c'))]}", '(dict "company_ids":(list (tuple 4 (call ref "c"))))'],
      ["(DateTime.now() - timedelta(days=3)).strftime('%Y-%m-%d')", '(call (. (- (call (. DateTime now)) (call timedelta (= days 3))) strftime) "%Y-%m-%d")'],
    ])('%s', (text, expected) => {
      expect(parse(text)).toBe(expected);
    });
  });

  describe('Odoo domain_force forms', () => {
    it.each([
      ["[('company_id', 'in', company_ids)]", '(list (tuple "company_id" "in" company_ids))'],
      ["['|', ('user_id', '=', user.id), ('user_id', '=', False)]", '(list "|" (tuple "user_id" "=" (. user id)) (tuple "user_id" "=" False))'],
      ["[('employee_id.user_id', '=', user.id)]", '(list (tuple "employee_id.user_id" "=" (. user id)))'],
      ["[('company_id', 'in', company_ids + [False])]", '(list (tuple "company_id" "in" (+ company_ids (list False))))'],
      ["[('date', '<=', time.strftime('%Y-%m-%d'))]", '(list (tuple "date" "<=" (call (. time strftime) "%Y-%m-%d")))'],
      ["[('x', '=', user.env.ref('a.b').id)]", '(list (tuple "x" "=" (. (call (. (. user env) ref) "a.b") id)))'],
      ["[('g', 'in', [g.id for g in user.groups_id])]", '(list (tuple "g" "in" (list-comp (. g id) (for g (. user groups_id)))))'],
      ["[(1, '=', 1)]", '(list (tuple 1 "=" 1))'],
      ['[\n  # a comment\n  (0, "=", 1),\n]', '(list (tuple 0 "=" 1))'],
      ["[('a', 'any', [('b', '=', 1)])]", '(list (tuple "a" "any" (list (tuple "b" "=" 1))))'],
      ['  \n# comment only line\n[]\n  # trailing\n', '(list)'],
    ])('%s', (text, expected) => {
      expect(parse(text)).toBe(expected);
    });
  });

  describe('positions', () => {
    it('records 1-based line and column of each node', () => {
      const node = parsePythonExpression("[\n  ('a', '=', user.id),\n]");
      expect(node.pos).toEqual({ line: 1, column: 1 });
      const leaf = node.kind === 'list' ? node.elements[0] : node;
      expect(leaf.pos).toEqual({ line: 2, column: 3 });
      const value = leaf.kind === 'tuple' ? leaf.elements[2] : leaf;
      expect(value).toMatchObject({ kind: 'attribute', pos: { line: 2, column: 14 } });
    });

    it('offsets positions by the origin (first line shifted by the column, later lines by the line only)', () => {
      const node = parsePythonExpression("[\n  x]", { file: 'a.xml', line: 10, column: 30 });
      expect(node).toMatchObject({ pos: { line: 10, column: 30 }, file: 'a.xml' });
      expect(node.kind === 'list' && node.elements[0].pos).toEqual({ line: 11, column: 3 });
    });
  });

  describe('syntax errors name file:line:column and the cause', () => {
    const origin = { file: 'hr/security/rules.xml', line: 12, column: 40 };

    it.each([
      ["'abc", 'unterminated string literal', 1, 1],
      ["'''abc", 'unterminated triple-quoted string literal', 1, 1],
      ["'ab\ncd'", 'unterminated string literal', 1, 1],
      ['[(4, ref("x")))]', "unexpected ')': '[' opened at 1:1 is not closed", 1, 15],
      ['f(1))', "unexpected ')'", 1, 5],
      ['[1, 2', "'[' was never closed", 1, 1],
      ['(1, 2]', "unexpected ']': '(' opened at 1:1 is not closed", 1, 6],
      ['1 +', 'unexpected end of input', 1, 4],
      ['[1 2]', "unexpected number 2 (expected ',' or ']')", 1, 4],
      ['f(a b)', "unexpected 'b' (expected ',' or ')' in call arguments)", 1, 5],
      ['a b', "unexpected 'b' (expected end of input)", 1, 3],
      ['x = 1', "unexpected '=' (expected end of input)", 1, 3],
      ['if', "unexpected 'if'", 1, 1],
      ['a.if', "unexpected 'if' (expected a name)", 1, 3],
      ['a if b', "unexpected end of input (expected 'else' in conditional expression)", 1, 7],
      ['f(k=1, 2)', 'positional argument follows keyword argument', 1, 9],
      ['$', "invalid character '$'", 1, 1],
      ['1 \\ 2', 'unexpected character after line continuation character', 1, 3],
      ["f'{}'", 'f-string: empty expression not allowed', 1, 4],
      ['1j', 'complex numbers are not supported', 1, 1],
      ['12abc', 'invalid decimal literal', 1, 1],
      ["'\\x4'", 'truncated \\x escape', 1, 2],
      ["'a' b'c'", 'cannot mix bytes and nonbytes literals', 1, 5],
      ['', 'unexpected end of input', 1, 1],
      ['[x for x y]', "unexpected 'y' (expected 'in' in comprehension)", 1, 10],
    ])('%j → %s', (text, reason, line, column) => {
      const error = captureError(() => parsePythonExpression(text));
      expect(error).toBeInstanceOf(PythonSyntaxError);
      expect({ reason: error.reason, line: error.line, column: error.column, file: error.file }).toEqual({ reason, line, column, file: undefined });
      expect(error.message).toBe(`<string>:${line}:${column}: ${reason}`);
    });

    it('offsets error positions inside an XML attribute', () => {
      const error = captureError(() => parsePythonExpression("[(4, ref('x')]", origin));
      expect(error.message).toBe("hr/security/rules.xml:12:53: unexpected ']': '(' opened at 12:41 is not closed");
      expect(error).toMatchObject({ file: origin.file, line: 12, column: 53 });
    });

    it('offsets error positions on later lines of a domain_force text', () => {
      const error = captureError(() => parsePythonExpression("[\n    ('a', '=', 1),\n    ('b', '=' 2),\n]", origin));
      expect(error.message).toBe("hr/security/rules.xml:14:15: unexpected number 2 (expected ',' or ')')");
    });
  });
});

function captureError(action: () => unknown): PythonSyntaxError {
  try {
    action();
  } catch (error) {
    return error as PythonSyntaxError;
  }
  throw new Error('expected an error');
}

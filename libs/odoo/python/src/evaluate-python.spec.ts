import { evaluatePython } from './evaluate-python.util';
import { parsePythonExpression } from './parse-python-expression.util';
import { PyKeywordArguments } from './py-keyword-arguments';
import { PyTuple } from './py-value.type';
import type { PythonEnvironment } from './python-environment.type';
import { PythonEvaluationError } from './python-evaluation.error';

class CommandFactory {
  link(id: unknown) {
    return new PyTuple([4, id, 0]);
  }
  set(ids: unknown) {
    return new PyTuple([6, 0, ids]);
  }
  clear() {
    return new PyTuple([5, 0, 0]);
  }
}

const user = {
  id: 7,
  company_id: { id: 1 },
  employee_id: { id: 70, department_id: { id: 3 } },
  groups_id: [{ id: 11 }, { id: 12 }],
  env: { ref: (xmlid: string) => ({ id: xmlid.length }) },
};

const env: PythonEnvironment = {
  names: {
    ref: (xmlid: string, kwargs?: PyKeywordArguments) => (kwargs ? `${xmlid}|${JSON.stringify(kwargs.values)}` : `id:${xmlid}`),
    Command: new CommandFactory(),
    user,
    company_ids: [1, 2],
    company_id: 1,
    time: { strftime: (format: string) => format.replace('%Y', '2024').replace('%m', '05').replace('%d', '17') },
    context_today: () => '2024-05-17',
    args: [1, 2],
  },
};

const evaluate = (text: string, environment: PythonEnvironment = env) => evaluatePython(parsePythonExpression(text), environment);

describe('evaluatePython', () => {
  describe('eval= forms', () => {
    it.each([
      ["[(4, ref('base.group_user'))]", [new PyTuple([4, 'id:base.group_user'])]],
      ["[(6, 0, [ref('a'), ref('b')])]", [new PyTuple([6, 0, ['id:a', 'id:b']])]],
      ["[Command.link(ref('x'))]", [new PyTuple([4, 'id:x', 0])]],
      ["[Command.set([ref('a')])]", [new PyTuple([6, 0, ['id:a']])]],
      ["[(3, ref('x'))]", [new PyTuple([3, 'id:x'])]],
      ['[(5,)]', [new PyTuple([5])]],
      ['[Command.clear()]', [new PyTuple([5, 0, 0])]],
      ["ref('x')", 'id:x'],
      ["ref('x', raise_if_not_found=False)", 'x|{"raise_if_not_found":false}'],
      ['False', false],
      ['"[(\'a\',\'=\',1)]"', "[('a','=',1)]"],
      ["{'company_ids': [(4, ref('c'))]}", { company_ids: [new PyTuple([4, 'id:c'])] }],
      ["'mail.template,%i' % 42", 'mail.template,42'],
    ])('%s', (text, expected) => {
      expect(evaluate(text)).toEqual(expected);
    });
  });

  describe('domain_force forms', () => {
    it.each([
      ["[('company_id', 'in', company_ids)]", [new PyTuple(['company_id', 'in', [1, 2]])]],
      ["[('company_id', 'in', company_ids + [False])]", [new PyTuple(['company_id', 'in', [1, 2, false]])]],
      ["['|', ('user_id', '=', user.id), ('user_id', '=', False)]", ['|', new PyTuple(['user_id', '=', 7]), new PyTuple(['user_id', '=', false])]],
      ['user.employee_id.department_id.id', 3],
      ["time.strftime('%Y-%m-%d')", '2024-05-17'],
      ['context_today()', '2024-05-17'],
      ["user.env.ref('a.b').id", 3],
      ['[g.id for g in user.groups_id]', [11, 12]],
      ['[g.id for g in user.groups_id if g.id > 11]', [12]],
      ['{g.id for g in user.groups_id}', new Set([11, 12])],
      ['{g.id: g for g in user.groups_id}', { '11': { id: 11 }, '12': { id: 12 } }],
      ['[(a, b) for a in [1, 2] for b in [3] if a != 2]', [new PyTuple([1, 3])]],
      ['[x for x, y in [(1, 2), (3, 4)]]', [1, 3]],
      ["'yes' if user.id == 7 else 'no'", 'yes'],
      ["'yes' if user.id == 8 else 'no'", 'no'],
      ['max(*args)', 2],
      ['len(company_ids)', 2],
      ['sorted([3, 1, 2])', [1, 2, 3]],
      ['(lambda x: x * 2)(4)', 8],
    ])('%s', (text, expected) => {
      expect(evaluate(text)).toEqual(expected);
    });
  });

  describe('operators', () => {
    it.each([
      ['1 + 2 * 3', 7],
      ['7 // 2', 3],
      ['-7 // 2', -4],
      ['-7 % 3', 2],
      ['7 / 2', 3.5],
      ['2 ** 10', 1024],
      ['5 & 3 | 8 ^ 1', 9],
      ['1 << 4 >> 2', 4],
      ['~5', -6],
      ['-True', -1],
      ["'ab' + 'cd'", 'abcd'],
      ["'ab' * 2", 'abab'],
      ['[1] * 3', [1, 1, 1]],
      ['(1,) + (2,)', new PyTuple([1, 2])],
      ['not []', true],
      ['not 0.0', true],
      ["not ''", true],
      ['not {}', true],
      ['0 or [] or None', null],
      ["0 or 'x'", 'x'],
      ['1 and 2 and 3', 3],
      ['1 and 0 and 3', 0],
      ['1 < 2 < 3', true],
      ['1 < 3 < 2', false],
      ['1 == 1.0 == True', true],
      ["'a' < 'b'", true],
      ['[1, 2] < [1, 3]', true],
      ['(1, 2) == (1, 2)', true],
      ['(1, 2) == [1, 2]', false],
      ['[1, [2]] == [1, [2]]', true],
      ['None is None', true],
      ['1 is not None', true],
      ['2 in [1, 2]', true],
      ['2 not in (1, 2)', false],
      ["'b' in 'abc'", true],
      ["'a' in {'a': 1}", true],
      ['False in [0]', true],
      ['[1, 2, 3][-1]', 3],
      ['[1, 2, 3][1:]', [2, 3]],
      ['[1, 2, 3][::-1]', [3, 2, 1]],
      ["'hello'[1:3]", 'el'],
      ["{'a': 1}['a']", 1],
      ["{'a': 1}.get('b', 2)", 2],
      ["' x '.strip().upper()", 'X'],
      ["'%s-%05.1f-%r' % ('a', 2.5, 'b')", "a-002.5-'b'"],
      ["'%(n)s!' % {'n': 'hi'}", 'hi!'],
      ['[*[1, 2], 3]', [1, 2, 3]],
      ["{**{'a': 1}, 'b': 2}", { a: 1, b: 2 }],
    ])('%s', (text, expected) => {
      expect(evaluate(text)).toEqual(expected);
    });
  });

  describe('f-strings', () => {
    it.each([
      ["f'{user.id}'", '7'],
      ["f'id={user.id!r} name={\"x\"!r} str={\"x\"!s}'", "id=7 name='x' str=x"],
      ["f'{company_ids=}'", 'company_ids=[1, 2]'],
      ["f'{company_id = !s}'", 'company_id = 1'],
      ["f'{None} {True} {1.5} {2.0} {[1, \"a\"]} {(1,)}'", "None True 1.5 2 [1, 'a'] (1,)"],
      ["f'{\"é😀\"!a}'", "'\\xe9\\U0001f600'"],
      ["f'{{literal}} {company_id}'", '{literal} 1'],
      ["f'{company_id:}'", '1'],
      ["f'{company_id!r:}'", '1'],
      ["'a' f'{company_id}' 'b'", 'a1b'],
      ["[f'{g.id}' for g in user.groups_id]", ['11', '12']],
      ["f'{f\"{company_id}\"!r}'", "'1'"],
      ["f'{user.id if user else 0:{\"\"}}'", '7'],
      ["(lambda *a: f'{a}')(1, 2)", '(1, 2)'],
    ])('%s', (text, expected) => {
      expect(evaluate(text)).toEqual(expected);
    });

    it.each([
      ["f'{company_id:>5}'", "<string>:1:1: format spec '>5' is not supported in fstring `f'{company_id:>5}'`"],
      ["f'{company_id:{user.id}}'", "<string>:1:1: format spec '7' is not supported in fstring `f'{company_id:{user.id}}'`"],
      ["f'ok {missing}'", "<string>:1:7: name 'missing' is not defined in name `missing`"],
    ])('%s', (text, message) => {
      expect(() => evaluate(text)).toThrow(PythonEvaluationError);
      expect(() => evaluate(text)).toThrow(message);
    });
  });

  describe('environment', () => {
    it('accepts a Map of names and a custom attribute hook', () => {
      const names = new Map<string, unknown>([['record', { id: 1 }]]);
      const getAttribute = (target: unknown, name: string) => (name === 'display_name' ? `#${(target as { id: number }).id}` : undefined);
      expect(evaluate('record.display_name', { names, getAttribute })).toBe('#1');
      expect(evaluate('record.id', { names, getAttribute })).toBe(1);
    });

    it('hides the builtins on request', () => {
      expect(() => evaluate('len([])', { names: {}, builtins: false })).toThrow("<string>:1:1: name 'len' is not defined in name `len`");
    });

    it('lets caller names shadow builtins', () => {
      expect(evaluate('len', { names: { len: 3 } })).toBe(3);
    });
  });

  describe('errors name the position, the cause and the offending node', () => {
    it.each([
      ['undefined_name', "<string>:1:1: name 'undefined_name' is not defined in name `undefined_name`"],
      ['user.nope', "<string>:1:1: 'dict' object has no attribute 'nope' in attribute `user.nope`"],
      ['[1] + 1', "<string>:1:1: unsupported operand type(s) for +: 'list' and 'int' in binary `[1] + 1`"],
      ['1 / 0', '<string>:1:1: division by zero in binary `1 / 0`'],
      ["'a' < 1", "<string>:1:1: '<' not supported between instances of 'str' and 'int' in compare `'a' < 1`"],
      ['[1][5]', '<string>:1:1: list index out of range in subscript `[1][5]`'],
      ["{'a': 1}['b']", "<string>:1:1: KeyError: 'b' in subscript `{'a': 1}['b']`"],
      ['user()', "<string>:1:1: 'dict' object is not callable in call `user()`"],
      ['None.x', "<string>:1:1: 'NoneType' object has no attribute 'x' in attribute `None.x`"],
      ['company_ids.__class__', "<string>:1:1: access to attribute '__class__' is forbidden in attribute `company_ids.__class__`"],
      ["''.constructor", "<string>:1:1: access to attribute 'constructor' is forbidden in attribute `''.constructor`"],
      ['1 in 2', "<string>:1:1: argument of type 'int' is not iterable in compare `1 in 2`"],
      ['[x for x in 3]', "<string>:1:1: 'int' object is not iterable in comprehension `[x for x in 3]`"],
    ])('%s', (text, message) => {
      expect(() => evaluate(text)).toThrow(PythonEvaluationError);
      expect(() => evaluate(text)).toThrow(message);
    });

    it('points at the innermost failing node, offset by the origin', () => {
      const node = parsePythonExpression("[\n  ('user_id', '=', user.missing.id),\n]", { file: 'r.xml', line: 5, column: 9 });
      expect(() => evaluatePython(node, env)).toThrow("r.xml:6:20: 'dict' object has no attribute 'missing' in attribute `user.missing`");
    });

    it('wraps errors thrown by caller functions', () => {
      const failing = { names: { ref: () => { throw new Error('External ID not found: x') } } };
      expect(() => evaluate("ref('x')", failing)).toThrow("<string>:1:1: External ID not found: x in call `ref('x')`");
    });

    it('cannot reach the Function constructor through caller objects', () => {
      expect(() => evaluate("ref.constructor('return 1')()")).toThrow(PythonEvaluationError);
      expect(() => evaluate("Command.link.call")).toThrow(PythonEvaluationError);
    });
  });
});

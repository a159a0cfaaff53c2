import { evaluatePython, parsePythonExpression } from '@sightline/odoo-python';
import { DataFileProblemError } from '../data-file-problem.error';
import { odooEvalEnvironment } from './odoo-eval-environment.util';
import { parseX2ManyCommands } from './parse-x2many-commands.util';

const commands = (source: string) => {
  const parsed = parseX2ManyCommands(evaluatePython(parsePythonExpression(source), odooEvalEnvironment('hr')));
  return parsed.map((c) => ('target' in c ? `${c.op} ${c.target.xmlid}` : 'targets' in c ? `set ${c.targets.map((t) => t.xmlid).join(' ')}` : c.op));
};

describe('parseX2ManyCommands', () => {
  it.each<[string, string[]]>([
    ["[(4, ref('group_hr_user'))]", ['link hr.group_hr_user']],
    ["[(4,ref('base.group_user')), (3, ref('base.group_portal'))]", ['link base.group_user', 'unlink base.group_portal']],
    ["[(6, 0, [ref('a'), ref('base.b')])]", ['set hr.a base.b']],
    ['[(5,)]', ['clear']],
    ['[(5, 0, 0)]', ['clear']],
    ["[(2, ref('a'))]", ['delete hr.a']],
    ["[(0, 0, {'name': 'x'}), (1, ref('a'), {'name': 'y'})]", ['create', 'update']],
    ["[Command.link(ref('a')), Command.unlink(ref('b'))]", ['link hr.a', 'unlink hr.b']],
    ["[Command.set([ref('a')]), Command.clear()]", ['set hr.a', 'clear']],
    ['[Command.set([])]', ['set ']],
    ["[(Command.LINK, ref('a'))]", ['link hr.a']],
    ["[ref('a')]", ['link hr.a']],
    ['False', []],
    ["[[4, ref('a')]]", ['link hr.a']],
  ])('%s', (source, expected) => {
    expect(commands(source)).toEqual(expected);
  });

  it.each<[string, RegExp]>([
    ["ref('a')", /expected a list of x2many commands/],
    ['[(4, 12)]', /database id 12 cannot be resolved from source/],
    ['[(7, 1)]', /unknown x2many command/],
    ["['a']", /not an x2many command: 'a'/],
  ])('refuses %s', (source, message) => {
    expect(() => commands(source)).toThrow(DataFileProblemError);
    expect(() => commands(source)).toThrow(message);
  });
});

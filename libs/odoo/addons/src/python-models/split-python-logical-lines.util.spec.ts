import { PythonSyntaxError } from '@sightline/odoo-python';
import { splitPythonLogicalLines } from './split-python-logical-lines.util';

describe('splitPythonLogicalLines', () => {
  it('joins lines inside brackets, strings and after a backslash, and drops comments', () => {
    const source = [
      '# header comment',
      'class A(models.Model):',
      '    name = fields.Char(  # trailing comment',
      "        string='a (b, c)',",
      '    )',
      '',
      '    def f(self):',
      '        q = """',
      'SELECT 1 -- not a comment end',
      '"""',
      "        x = 1 + \\",
      '            2',
      "        y = f'{self.id}) #'; z = 3",
    ].join('\n');
    expect(splitPythonLogicalLines(source).map(({ text, line, column, indent }) => [text, line, column, indent])).toEqual([
      ['class A(models.Model):', 2, 1, 0],
      ["name = fields.Char(  # trailing comment\n        string='a (b, c)',\n    )", 3, 5, 4],
      ['def f(self):', 7, 5, 4],
      ['q = """\nSELECT 1 -- not a comment end\n"""', 8, 9, 8],
      ['x = 1 + \\\n            2', 11, 9, 8],
      ["y = f'{self.id}) #'", 13, 9, 8],
      ['z = 3', 13, 30, 8],
    ]);
  });

  it('counts a tab as indentation to the next multiple of 8 and handles CRLF', () => {
    const lines = splitPythonLogicalLines('class A:\r\n\tx = (1,\r\n\t  2)\r\n');
    expect(lines.map(({ text, line, indent }) => [text, line, indent])).toEqual([
      ['class A:', 1, 0],
      ['x = (1,\r\n\t  2)', 2, 8],
    ]);
  });

  it('names the file, line and column of an unterminated string or bracket', () => {
    expect(() => splitPythonLogicalLines("a = 1\nb = 'oops\n", 'x/models/a.py')).toThrow(
      new PythonSyntaxError('unterminated string literal', { line: 2, column: 5 }, 'x/models/a.py'),
    );
    expect(() => splitPythonLogicalLines('a = (1,\n', 'x/models/a.py')).toThrow("x/models/a.py:1:5: '(' was never closed");
  });
});

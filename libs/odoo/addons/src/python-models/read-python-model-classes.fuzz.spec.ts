import fc from 'fast-check';
import { PythonSourceError } from '@sightline/odoo-python';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, expectLineWithin, mutatedText, outcome, sampleRealFiles } from '../testing/fuzz.test-util';
import { pythonRelativeImports } from './python-relative-imports.util';
import { readPythonModelClasses } from './read-python-model-classes.util';
import { splitPythonLogicalLines } from './split-python-logical-lines.util';

const ORIGIN = { module: 'fuzz', file: 'models/fuzz.py' };

/** The reader returns classes or throws a located PythonSourceError whose line is inside the source. */
function expectReadOrLocatedError(source: string): void {
  const result = outcome(() => readPythonModelClasses(source, ORIGIN));
  if ('value' in result) {
    expect(Array.isArray(result.value)).toBe(true);
    return;
  }
  if (!(result.error instanceof PythonSourceError)) throw result.error;
  expectLineWithin(result.error.line, source);
  expect(result.error.column).toBeGreaterThanOrEqual(1);
}

/** The logical-line splitter and the import scanner return or throw a located PythonSourceError. */
function expectLinesOrLocatedError(source: string): void {
  const result = outcome(() => pythonRelativeImports(splitPythonLogicalLines(source, 'fuzz.py')));
  if ('error' in result) {
    if (!(result.error instanceof PythonSourceError)) throw result.error;
    expectLineWithin(result.error.line, source);
  }
}

const identifier = fc.stringMatching(/^[a-z_][a-z0-9_]{0,8}$/).filter((name) => !['if', 'in', 'is', 'or', 'and', 'not', 'for', 'def', 'del', 'as'].includes(name));
const modelName = fc.array(identifier, { minLength: 1, maxLength: 3 }).map((parts) => parts.join('.'));
const quoted = (text: string) => `'${text}'`;
const fieldType = fc.constantFrom('Char', 'Integer', 'Many2one', 'One2many', 'Many2many', 'Boolean', 'Selection', 'Html');
const keywordArgument = fc.oneof(
  fc.constantFrom("string='Label'", 'required=True', "groups='base.group_user,hr.group_hr_user'", "help=_('Some help')", 'index=True'),
  fc.constantFrom("related='partner_id.name'", "compute='_compute_x'", 'default=lambda self: self.env.user', "domain=[('a', '=', 1)]"),
);

interface GeneratedClass {
  readonly className: string;
  readonly name: string;
  readonly fields: readonly string[];
  readonly text: string;
}

/** A model class as Odoo code writes it: docstring, comments, decorators, methods, fields over several lines. */
const modelClass: fc.Arbitrary<GeneratedClass> = fc
  .record({
    className: fc.stringMatching(/^[A-Z][A-Za-z0-9]{0,10}$/),
    name: modelName,
    inherit: fc.option(fc.array(modelName, { maxLength: 3 }), { nil: undefined }),
    fields: fc.uniqueArray(fc.tuple(identifier, fieldType, fc.array(keywordArgument, { maxLength: 3 }), fc.boolean()), {
      maxLength: 5,
      selector: ([name]) => name,
    }),
    docstring: fc.boolean(),
    method: fc.boolean(),
    annotated: fc.boolean(),
  })
  .map(({ className, name, inherit, fields, docstring, method, annotated }) => {
    const lines = [`class ${className}(models.Model):`];
    if (docstring) lines.push(`    """Docstring with 'quotes' and (brackets."""`);
    lines.push(annotated ? `    _name: str = ${quoted(name)}` : `    _name = ${quoted(name)}  # the model`);
    if (inherit) lines.push(`    _inherit = [${inherit.map(quoted).join(', ')}${inherit.length ? ',' : ''}]`);
    lines.push(`    _description = 'Fuzz ' \\`, `        'model'`);
    for (const [field, type, args, multiline] of fields) {
      const comodel = ['Many2one', 'One2many', 'Many2many'].includes(type) ? ["'res.partner'"] : [];
      const all = [...comodel, ...args];
      lines.push(multiline ? `    ${field} = fields.${type}(\n        ${all.join(',\n        ')}${all.length ? ',' : ''}\n    )` : `    ${field} = fields.${type}(${all.join(', ')})`);
    }
    if (method) lines.push('', '    @api.depends("x")', '    def _compute_x(self):', '        for record in self:', "            record.x = {'a': (1, 2)}");
    return { className, name, fields: fields.map(([field]) => field), text: lines.join('\n') + '\n' };
  });

describe('readPythonModelClasses fuzzed', () => {
  const realFiles = sampleRealFiles((path) => /\/models\/[^/]+\.py$/.test(path), 40);

  it('reads generated model classes: each class, its _name and its fields', () => {
    fc.assert(
      fc.property(fc.array(modelClass, { minLength: 1, maxLength: 3 }), (classes) => {
        const source = 'from odoo import api, fields, models\n\n\n' + classes.map((c) => c.text).join('\n\n');
        const read = readPythonModelClasses(source, ORIGIN);
        expect(read.map((c) => [c.className, c.name, c.fields.map((f) => f.name)])).toEqual(
          classes.map((c) => [c.className, c.name, [...c.fields]]),
        );
      }),
      { seed: FUZZ_SEED, numRuns: 150 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('on mutated generated classes: classes or a located PythonSourceError', () => {
    fc.assert(
      fc.property(
        fc.array(modelClass, { minLength: 1, maxLength: 2 }).chain((classes) => mutatedText([classes.map((c) => c.text).join('\n')])),
        expectReadOrLocatedError,
      ),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  }, FUZZ_TIMEOUT_MS);

  it(`on mutated real model files (${realFiles.length} of Odoo 18.0): classes or a located PythonSourceError`, () => {
    expect(realFiles.length).toBeGreaterThanOrEqual(30);
    fc.assert(
      fc.property(mutatedText(realFiles.map((f) => f.text)), (source) => {
        expectReadOrLocatedError(source);
        expectLinesOrLocatedError(source);
      }),
      { seed: FUZZ_SEED, numRuns: 300 },
    );
  }, FUZZ_TIMEOUT_MS);

  it('reads the unmutated real files', () => {
    for (const { text } of realFiles) expectReadOrLocatedError(text);
  }, FUZZ_TIMEOUT_MS);

  describe('pathological files end with a located error, in bounded work', () => {
    const N = 100_000;
    it.each([
      ['100k nested brackets in a class header', `class A(${'('.repeat(N)}${')'.repeat(N)}):\n    _name = 'a'\n`],
      ['100k nested brackets in a field call', `class A(models.Model):\n    _name = 'a'\n    x = fields.Char(groups=${'['.repeat(N)}${']'.repeat(N)})\n`],
      ['100k unary minus in _name', `class A(models.Model):\n    _name = ${'-'.repeat(N)}1\n`],
      ['100k-term sum in _name', `class A(models.Model):\n    _name = 1${'+1'.repeat(N)}\n`],
      ['an unterminated 1 MB string', `class A(models.Model):\n    _name = '${'a'.repeat(1_000_000)}\n`],
      ['100k unclosed brackets', `class A(models.Model):\n    _name = ${'('.repeat(N)}\n`],
    ])('%s', (_name, source) => {
      const result = outcome(() => readPythonModelClasses(source, ORIGIN));
      expect('error' in result && result.error).toBeInstanceOf(PythonSourceError);
      expectReadOrLocatedError(source);
    }, FUZZ_TIMEOUT_MS);

    it('a 1 MB single-line string is read', () => {
      const source = `class A(models.Model):\n    _name = 'a'\n    _description = '${'a'.repeat(1_000_000)}'\n`;
      expect(readPythonModelClasses(source, ORIGIN)[0]?.description).toHaveLength(1_000_000);
    }, FUZZ_TIMEOUT_MS);

    // FROM_IMPORT once had two blank runs side by side: a `from .` line of n blanks backtracked n²/2 times.
    it('a `from .` line with 1M blanks and no import is scanned in linear time', () => {
      const lines = splitPythonLogicalLines(`from .${' '.repeat(1_000_000)}x\n`);
      expect(pythonRelativeImports(lines)).toEqual([]);
    }, FUZZ_TIMEOUT_MS);
  });
});

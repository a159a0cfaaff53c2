import fc from 'fast-check';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, expectLineWithin, mutatedText, readDataFileLeniently, sampleRealFiles } from '../../testing/fuzz.test-util';
import { MAX_XML_DEPTH } from './parse-xml-document.util';

/** Reading never throws (lenient mode collects problems) and every problem it reports has a line inside the file. */
function expectReadWithLocatedProblems(text: string): readonly { message: string; line?: number }[] {
  const { errors, warnings } = readDataFileLeniently('xml', text, 'security/fuzz_security.xml');
  for (const problem of [...errors, ...warnings]) {
    if (problem.line !== undefined) expectLineWithin(problem.line, text);
  }
  for (const problem of errors.filter((p) => p.message.startsWith('malformed XML'))) expectLineWithin(problem.line, text);
  return errors;
}

const expression = fc.constantFrom(
  "[(4, ref('base.group_user'))]", "[Command.link(ref('group_a'))]", "[('user_id', '=', user.id)]", "['|', ('a', '=', 1), ('b', 'in', company_ids)]",
  'True', "[(6, 0, [ref('base.group_system')])]", '[(', "ref('", '1 +', "{'a': [}", 'lambda: 1', "f'{user.id}'",
);
const record = fc
  .record({
    model: fc.constantFrom('res.groups', 'ir.rule', 'ir.model.access', 'res.users', 'ir.module.category', 'ir.ui.view'),
    id: fc.stringMatching(/^[a-z_]{1,10}$/),
    fields: fc.array(fc.tuple(fc.constantFrom('name', 'implied_ids', 'domain_force', 'groups', 'model_id', 'perm_read', 'users', 'category_id'), expression, fc.boolean()), { maxLength: 4 }),
  })
  .map(({ model, id, fields }) =>
    `  <record id="${id}" model="${model}">\n${fields
      .map(([name, value, asEval]) => (asEval ? `    <field name="${name}" eval="${value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;')}"/>` : `    <field name="${name}">${value.replace(/&/g, '&amp;').replace(/</g, '&lt;')}</field>`))
      .join('\n')}\n  </record>`);
const generatedXml = fc
  .record({ records: fc.array(record, { maxLength: 4 }), root: fc.constantFrom('odoo', 'openerp', 'data'), data: fc.boolean() })
  .map(({ records, root, data }) => `<?xml version="1.0" encoding="utf-8"?>\n<${root}>${data ? '<data noupdate="1">' : ''}\n${records.join('\n')}\n${data ? '</data>' : ''}</${root}>\n`);

describe('readXmlDataFile fuzzed', () => {
  const realFiles = sampleRealFiles((path) => /\/security\/[^/]+\.xml$/.test(path), 40);

  it('on generated security files: read, with located problems', () => {
    fc.assert(fc.property(generatedXml, (text) => void expectReadWithLocatedProblems(text)), { seed: FUZZ_SEED, numRuns: 200 });
  }, FUZZ_TIMEOUT_MS);

  it('on mutated generated security files: read, with located problems', () => {
    fc.assert(fc.property(generatedXml.chain((text) => mutatedText([text])), (text) => void expectReadWithLocatedProblems(text)), { seed: FUZZ_SEED, numRuns: 300 });
  }, FUZZ_TIMEOUT_MS);

  it(`on mutated real security XML files (${realFiles.length} of Odoo 18.0): read, with located problems`, () => {
    expect(realFiles.length).toBeGreaterThanOrEqual(30);
    fc.assert(fc.property(mutatedText(realFiles.map((f) => f.text)), (text) => void expectReadWithLocatedProblems(text)), { seed: FUZZ_SEED, numRuns: 300 });
  }, FUZZ_TIMEOUT_MS);

  it(`100k nested <data> elements: a located error past ${MAX_XML_DEPTH} levels (libxml2's limit), no stack overflow`, () => {
    const text = `<odoo>\n${'<data>'.repeat(100_000)}${'</data>'.repeat(100_000)}\n</odoo>`;
    const errors = expectReadWithLocatedProblems(text);
    expect(errors.map((e) => [e.message, e.line])).toEqual([[`malformed XML: elements nested too deeply (more than ${MAX_XML_DEPTH} levels)`, 2]]);
  }, FUZZ_TIMEOUT_MS);

  it(`${MAX_XML_DEPTH} nested levels are read`, () => {
    const text = `<odoo>${'<data>'.repeat(MAX_XML_DEPTH - 1)}${'</data>'.repeat(MAX_XML_DEPTH - 1)}</odoo>`;
    expect(expectReadWithLocatedProblems(text)).toEqual([]);
  }, FUZZ_TIMEOUT_MS);

  it.each([
    ['a 1 MB attribute value', `<odoo><record id="a" model="res.groups"><field name="name" eval="'${'a'.repeat(1_000_000)}'"/></record></odoo>`],
    ['an unterminated 1 MB comment', `<odoo><!--${'a'.repeat(1_000_000)}`],
    ['100k unclosed elements', `<odoo>${'<a>'.repeat(100_000)}`],
    ['a domain_force with 100k nested brackets', `<odoo><record id="r" model="ir.rule"><field name="domain_force">${'['.repeat(100_000)}</field></record></odoo>`],
    ['an eval with 100k nested brackets', `<odoo><record id="g" model="res.groups"><field name="implied_ids" eval="${'['.repeat(100_000)}${']'.repeat(100_000)}"/></record></odoo>`],
    ['an eval building a huge list', `<odoo><record id="g" model="res.groups"><field name="implied_ids" eval="[0] * 10**9"/></record></odoo>`],
  ])('%s: read, with located problems', (_name, text) => {
    expectReadWithLocatedProblems(text);
  }, FUZZ_TIMEOUT_MS);
});

import fc from 'fast-check';
import { FUZZ_SEED, FUZZ_TIMEOUT_MS, expectLineWithin, mutatedText, readDataFileLeniently, sampleRealFiles } from '../../testing/fuzz.test-util';

/** Reading never throws (lenient mode collects problems) and every problem it reports has a line inside the file. */
function expectReadWithLocatedProblems(text: string): void {
  const { errors, warnings } = readDataFileLeniently('csv', text, 'security/ir.model.access.csv');
  for (const problem of [...errors, ...warnings]) {
    if (problem.line !== undefined) expectLineWithin(problem.line, text);
  }
  for (const problem of errors.filter((p) => p.message.startsWith('malformed CSV'))) expectLineWithin(problem.line, text);
}

const cell = fc.oneof(
  fc.constantFrom('access_x', 'model_res_partner', 'base.group_user', '1', '0', '', 'True', 'hr.model_hr_employee', 'group_a,group_b'),
  fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', ' ', 'é', '\0'), maxLength: 6 }),
);
const quoteCell = (text: string, quoted: boolean) => (quoted || /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text);
const HEADER = 'id,name,model_id:id,group_id:id,perm_read,perm_write,perm_create,perm_unlink';

/** ACL files as Odoo modules write them: quoted or not, `\n` or `\r\n`, rows longer or shorter than the header. */
const generatedCsv = fc
  .record({
    rows: fc.array(fc.tuple(fc.array(cell, { minLength: 6, maxLength: 9 }), fc.boolean()), { maxLength: 6 }),
    eol: fc.constantFrom('\n', '\r\n', '\r'),
    bom: fc.boolean(),
  })
  .map(({ rows, eol, bom }) => (bom ? '\uFEFF' : '') + [HEADER, ...rows.map(([cells, quoted]) => cells.map((c) => quoteCell(c, quoted)).join(','))].join(eol) + eol);

describe('readCsvDataFile fuzzed', () => {
  const realFiles = sampleRealFiles((path) => path.endsWith('/ir.model.access.csv'), 40);

  it('on generated ACL files: read, with located problems', () => {
    fc.assert(fc.property(generatedCsv, expectReadWithLocatedProblems), { seed: FUZZ_SEED, numRuns: 200 });
  }, FUZZ_TIMEOUT_MS);

  it('on mutated generated ACL files: read, with located problems', () => {
    fc.assert(fc.property(generatedCsv.chain((text) => mutatedText([text])), expectReadWithLocatedProblems), { seed: FUZZ_SEED, numRuns: 300 });
  }, FUZZ_TIMEOUT_MS);

  it(`on mutated real ir.model.access.csv files (${realFiles.length} of Odoo 18.0): read, with located problems`, () => {
    expect(realFiles.length).toBeGreaterThanOrEqual(30);
    fc.assert(fc.property(mutatedText(realFiles.map((f) => f.text)), expectReadWithLocatedProblems), { seed: FUZZ_SEED, numRuns: 300 });
  }, FUZZ_TIMEOUT_MS);

  it.each([
    ['100k quotes', '"'.repeat(100_000)],
    ['an unterminated 1 MB quoted cell', `${HEADER}\n"${'a'.repeat(1_000_000)}`],
    ['a 1 MB single-line row', `${HEADER}\n${'a,'.repeat(500_000)}`],
    ['100k empty lines', `${HEADER}${'\n'.repeat(100_000)}a`],
  ])('%s: read, with located problems', (_name, text) => {
    expectReadWithLocatedProblems(text);
  }, FUZZ_TIMEOUT_MS);
});

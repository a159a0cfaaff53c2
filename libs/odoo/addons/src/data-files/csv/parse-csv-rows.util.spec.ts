import { DataFileProblemError } from '../data-file-problem.error';
import { csvModelOfFile } from './csv-model-of-file.util';
import { parseCsvRows } from './parse-csv-rows.util';

describe('parseCsvRows', () => {
  it.each<[string, string, [string[], number][]]>([
    ['plain rows', 'id,name\na,b\nc,d\n', [[['id', 'name'], 1], [['a', 'b'], 2], [['c', 'd'], 3]]],
    ['blank lines skipped, lines kept', 'id,name\r\n\r\na,b\r\n\r\nc,d', [[['id', 'name'], 1], [['a', 'b'], 3], [['c', 'd'], 5]]],
    ['quoted cells over several lines', 'id,domain\nr1,"[\n  (1, \'=\', 1)\n]"\nr2,x\n', [[['id', 'domain'], 1], [['r1', "[\n  (1, '=', 1)\n]"], 2], [['r2', 'x'], 5]]],
    ['a byte-order mark', '\ufeff"id","name"\n"a","b, c"\n', [[['id', 'name'], 1], [['a', 'b, c'], 2]]],
    ['quoted cells over \\r\\n lines (csv-parse counts each twice)', 'id,d\r\nr1,"a\r\nb\r\nc"\r\n\r\nr2,x\r\nr3,"y\rz"\nr4,w', [[['id', 'd'], 1], [['r1', 'a\r\nb\r\nc'], 2], [['r2', 'x'], 6], [['r3', 'y\rz'], 7], [['r4', 'w'], 9]]],
    ['a stray quote, kept as Python csv does', 'id,name\nab","x"\n', [[['id', 'name'], 1], [['ab"', 'x'], 2]]],
  ])('reads %s', (_label, text, expected) => {
    expect(parseCsvRows(text).map((row) => [row.cells, row.line])).toEqual(expected);
  });

  it('names the line of malformed CSV', () => {
    expect(() => parseCsvRows('id,name\na,b\n"c,d\n')).toThrow(DataFileProblemError);
    expect(() => parseCsvRows('id,name\na,b\n"c,d\n')).toThrow(/malformed CSV: Quote Not Closed/);
  });

  it('never names a line past the end of the text', () => {
    const error = (() => {
      try {
        parseCsvRows('id\n"\r\n""');
      } catch (e) {
        return e as DataFileProblemError;
      }
      return undefined;
    })();
    expect(error?.line).toBe(3);
  });
});

describe('csvModelOfFile', () => {
  it.each([
    ['security/ir.model.access.csv', 'ir.model.access'],
    ['security/ir.model.access-portal.csv', 'ir.model.access'],
    ['security/ir.access.csv', 'ir.access'],
    ['data/res.country.state.csv', 'res.country.state'],
  ])('%s loads %s', (file, model) => {
    expect(csvModelOfFile(file)).toBe(model);
  });
});

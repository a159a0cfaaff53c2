import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { answerCase, type ConformanceFile } from '../testing/conformance-case.test-util';

const DIR = join(__dirname, '../../conformance');
const files = readdirSync(DIR).filter((f) => f.endsWith('.yaml')).sort();

/** The conformance suite: every YAML file is a snapshot, questions and Odoo's expected answers. */
describe.each(files)('%s', (name) => {
  const file = parse(readFileSync(join(DIR, name), 'utf8')) as ConformanceFile;

  it.each(file.cases.map((c) => [c.name, c] as const))('%s', (_, test) => {
    const { actual, expected, naive, naiveExpected } = answerCase(file, test);
    expect(actual).toEqual(expected);
    expect(naive).toEqual(naiveExpected);
  });
});

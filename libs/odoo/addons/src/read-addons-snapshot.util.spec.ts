import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { realOdooTree } from '@sightline/odoo-corpus';
import { computeImpliedClosure, diffSnapshots } from '@sightline/odoo-model';
import { AddonsReadError } from './data-files/addons-read.error';
import { readAddonsSnapshot } from './read-addons-snapshot.util';

/** Reading a real tree takes seconds, more on a loaded machine. */
const SLOW = 120_000;

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');


describe('the published 17.0 and 18.0 trees compared', () => {
  const hrApps = ['hr', 'hr_holidays', 'hr_timesheet'];
  const snapshotOf = (version: '17.0' | '18.0') => readAddonsSnapshot({ addonsPaths: realOdooTree(version).addonsPaths, install: hrApps }).snapshot;

  it('18.0: hr_holidays.group_hr_holidays_user newly implies hr.group_hr_user; diffSnapshots reports it as added', () => {
    const [before, after] = [snapshotOf('17.0'), snapshotOf('18.0')];
    expect(computeImpliedClosure(before.groups).get('hr_holidays.group_hr_holidays_user')).not.toContain('hr.group_hr_user');
    expect(computeImpliedClosure(after.groups).get('hr_holidays.group_hr_holidays_user')).toContain('hr.group_hr_user');
    expect(diffSnapshots(before, after).implications.find((change) => change.key === 'hr_holidays.group_hr_holidays_user -> hr.group_hr_user')).toEqual({
      key: 'hr_holidays.group_hr_holidays_user -> hr.group_hr_user',
      change: 'added',
      before: null,
      after: { groupXmlid: 'hr_holidays.group_hr_holidays_user', impliedXmlid: 'hr.group_hr_user' },
    });
  }, SLOW);
});

/**
 * Each case puts an edited copy of the 17.0 `hr` module in an addons path before the tree (the
 * first path holding a module wins) and installs `hr` alone, which reads without problem as is.
 */
describe('errors of readAddonsSnapshot name the file and the line', () => {
  let overlay: string;
  const tree = realOdooTree('17.0').addonsPaths;
  const hrFile = (path: string) => join(overlay, 'hr', path);
  const readHr = (mode: 'strict' | 'lenient' = 'strict') =>
    readAddonsSnapshot({ addonsPaths: [overlay, ...tree], install: ['hr'], mode });
  /** Replaces the first line matching `pattern` in a file of the copy; returns its line number. */
  const replaceLine = (path: string, pattern: RegExp, replacement: string): number => {
    const lines = readFileSync(hrFile(path), 'utf8').split('\n');
    const index = lines.findIndex((line) => pattern.test(line));
    lines[index] = replacement;
    writeFileSync(hrFile(path), lines.join('\n'));
    return index + 1;
  };

  beforeEach(() => {
    overlay = mkdtempSync(join(tmpdir(), 'sightline-overlay-'));
    cpSync(join(tree[0], 'hr'), join(overlay, 'hr'), { recursive: true });
  });
  afterEach(() => rmSync(overlay, { recursive: true, force: true }));

  it('reads the unedited copy without problems', () => {
    expect(readHr().reading.errors).toEqual([]);
  });

  it('a malformed XML data file: file, line and column', () => {
    const line = replaceLine('security/hr_security.xml', /<\/record>/, '    </recrd>');
    expect(readHr).toThrow(AddonsReadError);
    expect(readHr).toThrow(new RegExp(`^${escape(hrFile('security/hr_security.xml'))}:${line}:\\d+: malformed XML: unexpected close tag`));
  });

  it('a __manifest__.py that is not Python: file, line and column', () => {
    const line = replaceLine('__manifest__.py', /'installable': True/, "    'installable': True True,");
    expect(readHr).toThrow(new RegExp(`^${escape(hrFile('__manifest__.py'))}:${line}:\\d+: `));
  });

  it('a Python syntax error in a model file: the file is left out with a warning naming file, line and column', () => {
    const line = replaceLine('models/hr_employee.py', /^\s+private_email = fields\./, "    private_email = fields.Char(string='Private Email");
    const { warnings } = readHr('lenient').reading;
    expect(warnings).toContainEqual({
      file: hrFile('models/hr_employee.py'),
      line,
      message: `file left out, not readable: ${hrFile('models/hr_employee.py')}:${line}:40: unterminated string literal`,
    });
  });
});

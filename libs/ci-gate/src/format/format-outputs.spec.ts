import { NEW_GROUP_FINDING, reportOf, UNCLASSIFIED_WARNING } from '../model/check-report.test-util';
import { formatGithub } from './format-github.util';
import { formatJunit } from './format-junit.util';
import { formatText } from './format-text.util';

describe('check report formats', () => {
  const report = reportOf([NEW_GROUP_FINDING, UNCLASSIFIED_WARNING]);

  it.each([
    ['github', formatGithub(report), '::error file=addons/acme/security/acme_security.xml,line=3,title=SL001 new HR-data access%3A acme.group_coordinator::Acme Coordinator'],
    ['github warning without location', formatGithub(report), '::warning title=SL004 new-field::hr.employee.x_allergies'],
    ['junit failure', formatJunit(report), '<failure message="Acme Coordinator'],
    ['junit test case per finding', formatJunit(report), '<testsuite name="sightline check: HR-data access" tests="2" failures="1" skipped="0">'],
    ['text location', formatText(report), 'addons/acme/security/acme_security.xml:3: error SL001 Acme Coordinator'],
    ['text chain', formatText(report), '  chain: acme.group_coordinator → hr.group_hr_user'],
    ['text verdict', formatText(report), '✗ new HR-data access against origin/main:addons (17.0): 1 error(s), 1 warning(s), 0 allowed'],
  ])('%s', (_name, output, expected) => {
    expect(output).toContain(expected);
  });

  it('colours text only when asked', () => {
    expect(formatText(report)).not.toContain('\x1b[');
    expect(formatText(report, true)).toContain('\x1b[31merror\x1b[0m');
  });

  it('escapes XML in JUnit and newlines in GitHub annotations', () => {
    const tricky = { ...NEW_GROUP_FINDING, message: 'a <b> & "c"\nnext' };
    expect(formatJunit(reportOf([tricky]))).toContain('message="a &lt;b&gt; &amp; &quot;c&quot;&#10;next"');
    expect(formatGithub(reportOf([tricky]))).toContain('::a <b> & "c"%0Anext');
  });

  it('writes one passing test case when nothing is found', () => {
    expect(formatJunit(reportOf([]))).toContain('<testcase classname="sightline.check" name="no new HR-data access"/>');
  });
});

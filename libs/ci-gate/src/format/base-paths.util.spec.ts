import type { CheckReport } from '../model/check-report.type';
import { NEW_GROUP_FINDING, reportOf } from '../model/check-report.test-util';
import { formatCheckReport } from './format-check-report.util';

describe('formats with --base-ref say which addons paths were compared and which taken as they are', () => {
  const report: CheckReport = {
    ...reportOf([NEW_GROUP_FINDING]),
    base: {
      kind: 'git-ref',
      description: 'origin/main:/ws/custom_addons',
      odooVersion: '17.0',
      ref: 'origin/main',
      paths: [
        { path: '/ws/odoo/addons', compared: 'as-is', repository: '/ws/odoo', reason: 'in another repository, /ws/odoo, than --repo /ws' },
        { path: '/ws/custom_addons', compared: 'at-ref', repository: '/ws', reason: null },
      ],
    },
  };
  const compared = 'compared at origin/main: /ws/custom_addons';
  const asIs = 'taken as they are on both sides (not compared): /ws/odoo/addons (in another repository, /ws/odoo, than --repo /ws)';

  it('text: two lines before the verdict', () => {
    expect(formatCheckReport(report, 'text')).toContain(`${compared}\n${asIs}\n✗ new HR-data access against origin/main:/ws/custom_addons (17.0)`);
  });

  it('github: a notice', () => {
    expect(formatCheckReport(report, 'github')).toContain(`::notice title=Sightline base::${compared}%0A${asIs}\n`);
  });

  it('json: base.ref and base.paths', () => {
    expect(JSON.parse(formatCheckReport(report, 'json')).base).toEqual(report.base);
  });

  it('sarif: the invocation, as a note and in properties.base', () => {
    const [invocation] = JSON.parse(formatCheckReport(report, 'sarif')).runs[0].invocations;
    expect(invocation.toolExecutionNotifications).toEqual([{ level: 'note', message: { text: `${compared}\n${asIs}` } }]);
    expect(invocation.properties.base).toEqual({
      ref: 'origin/main',
      comparedAtRef: ['/ws/custom_addons'],
      takenAsIs: [{ path: '/ws/odoo/addons', reason: 'in another repository, /ws/odoo, than --repo /ws' }],
    });
  });

  it('junit: test suite properties', () => {
    const xml = formatCheckReport(report, 'junit');
    expect(xml).toContain('<property name="base.ref" value="origin/main"/>');
    expect(xml).toContain('<property name="base.compared-at-ref" value="/ws/custom_addons"/>');
    expect(xml).toContain('<property name="base.taken-as-is" value="/ws/odoo/addons (in another repository, /ws/odoo, than --repo /ws)"/>');
  });

  it('says nothing of paths without --base-ref', () => {
    const plain = reportOf([NEW_GROUP_FINDING]);
    for (const format of ['text', 'github', 'junit'] as const) expect(formatCheckReport(plain, format)).not.toMatch(/compared at|base\.ref/);
    expect(JSON.parse(formatCheckReport(plain, 'sarif')).runs[0].invocations[0]).toEqual({ executionSuccessful: true, exitCode: 1 });
  });
});

import { AccessEngine } from '@sightline/access-engine';
import { buildClassification } from '@sightline/privacy-catalog';
import { withClassifications } from '@sightline/exposure-report';
import { sampleSnapshot } from '../../test/sample-snapshot.test-util';
import { pageGrantRows } from './exposure-grants.util';

describe('pageGrantRows', () => {
  const engine = AccessEngine.create(withClassifications(sampleSnapshot(), buildClassification('17.0')));
  const query = { fields: (f: { field: string }) => f.field === 'private_email' || f.field === 'ssnid', readableUser: () => true };
  const keys = (rows: ReturnType<typeof pageGrantRows>['rows']) => rows.map((r) => `${r.userKey} ${r.field.field} ${r.grant.operation}`);

  it('orders by user, model, field and operation, and pages without losing or repeating a grant', () => {
    const whole = pageGrantRows(engine, query, { offset: 0, limit: 500 });
    expect(keys(whole.rows)).toEqual([
      '#2 private_email read', '#2 private_email write', '#2 ssnid read', '#2 ssnid write',
      '#6 private_email read', '#6 private_email write', '#6 ssnid read', '#6 ssnid write',
    ]);
    const pages = [0, 3, 6].map((offset) => pageGrantRows(engine, query, { offset, limit: 3 }));
    expect(pages.flatMap((p) => keys(p.rows))).toEqual(keys(whole.rows));
    expect(pages.map((p) => p.total)).toEqual([8, 8, 8]);
  });

  it('filters by user, operation and granting group', () => {
    expect(keys(pageGrantRows(engine, { ...query, userKey: '#6', access: 'write' }, { offset: 0, limit: 10 }).rows)).toEqual(['#6 private_email write', '#6 ssnid write']);
    // Internal users' ACL row on hr.employee grants read, not write.
    expect(keys(pageGrantRows(engine, { ...query, groupXmlid: 'base.group_user' }, { offset: 0, limit: 10 }).rows)).toEqual([
      '#2 private_email read', '#2 ssnid read', '#6 private_email read', '#6 ssnid read',
    ]);
  });

  it('leaves out users whose access data the request may not read, before paging', () => {
    const only6 = pageGrantRows(engine, { ...query, readableUser: (key: string) => key === '#6' }, { offset: 0, limit: 500 });
    expect(new Set(only6.rows.map((row) => row.userKey))).toEqual(new Set(['#6']));
    expect(only6.total).toBe(only6.rows.length);
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CorpusVersion } from '@sightline/odoo-corpus';
import type { EffectiveFieldGroupsResult } from './effective-field-groups.type';
import { formatGroupsSource } from './format-groups-source.util';
import { computeIrModelXmlIds } from './ir-model-xml-ids.util';
import { computeCorpusFieldGroups, type CorpusFieldGroups } from './testing/compute-corpus-field-groups.test-util';

/** The HR facts of odoo-security-model.md §6 and §7.2, checked on the real trees. */
describe('HR field groups on the real Odoo trees', () => {
  let root: string;
  const trees = new Map<CorpusVersion, CorpusFieldGroups>();
  const tree = (version: CorpusVersion): CorpusFieldGroups => {
    if (!trees.has(version)) trees.set(version, computeCorpusFieldGroups(version, root));
    return trees.get(version)!;
  };
  const field = (version: CorpusVersion, model: string, name: string) => {
    const found = tree(version).result.fields.find((f) => f.model === model && f.field === name);
    return found && {
      groups: found.groups.text,
      source: formatGroupsSource(found.source),
      definedAt: found.definedAt && `${found.definedAt.module}/${found.definedAt.file}`,
    };
  };
  const fieldsOf = (result: EffectiveFieldGroupsResult, model: string) => result.fields.filter((f) => f.model === model).map((f) => f.field);

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sightline-hr-fields-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('17.0: hr.employee private data carries hr.group_hr_user, set in hr/models/hr_employee.py', () => {
    for (const name of ['private_email', 'private_street', 'ssnid', 'sinid', 'passport_id', 'birthday', 'bank_account_id']) {
      expect(field('17.0', 'hr.employee', name)).toEqual({ groups: 'hr.group_hr_user', source: 'explicit', definedAt: 'hr/models/hr_employee.py' });
    }
    expect(fieldsOf(tree('17.0').result, 'hr.employee').length).toBeGreaterThanOrEqual(48);
  });

  it('17.0: res.users self-service fields copy the employee field groups through related paths', () => {
    expect(field('17.0', 'res.users', 'private_email')).toEqual({
      groups: 'hr.group_hr_user', source: 'related:employee_id.private_email->hr.employee.private_email', definedAt: 'hr/models/res_users.py',
    });
    expect(field('17.0', 'res.users', 'ssnid')?.source).toBe('related:employee_id.ssnid->hr.employee.ssnid');
  });

  it('hr.employee.public exposes none of the private employee fields', () => {
    for (const version of ['17.0', '18.0', '19.0'] as const) {
      expect(fieldsOf(tree(version).result, 'hr.employee.public')).not.toContain('private_email');
    }
  });

  it('18.0: hr redefines the activity fields of hr.employee with the HR group; other models keep the mixin group', () => {
    expect(field('18.0', 'hr.employee', 'activity_ids')).toEqual({
      groups: 'hr.group_hr_user', source: 'explicit', definedAt: 'hr/models/hr_employee.py',
    });
    expect(field('17.0', 'hr.employee', 'activity_ids')).toEqual({
      groups: 'base.group_user', source: 'explicit', definedAt: 'mail/models/mail_activity_mixin.py',
    });
    expect(field('18.0', 'hr.employee', 'company_country_id')?.groups).toBe('base.group_system,hr.group_hr_user');
  });

  it('19.0: private data lives on hr.version; hr.employee gets it by _inherits with the groups copied', () => {
    expect(field('19.0', 'hr.version', 'ssnid')).toEqual({ groups: 'hr.group_hr_user', source: 'explicit', definedAt: 'hr/models/hr_version.py' });
    expect(field('19.0', 'hr.employee', 'ssnid')).toEqual({
      groups: 'hr.group_hr_user', source: 'related:version_id.ssnid->hr.version.ssnid', definedAt: undefined,
    });
    expect(field('19.0', 'hr.version', 'wage')?.groups).toBe('hr.group_hr_manager');
    expect(field('19.0', 'hr.employee', 'wage')?.groups).toBe('hr.group_hr_manager');
    expect(field('19.0', 'hr.employee', 'private_email')).toEqual({ groups: 'hr.group_hr_user', source: 'explicit', definedAt: 'hr/models/hr_employee.py' });
    expect(field('19.0', 'hr.employee', 'sinid')).toBeUndefined();
    expect(field('19.0', 'res.users', 'private_street')?.source).toBe(
      'related:employee_id.private_street->hr.employee.private_street (related:version_id.private_street->hr.version.private_street)',
    );
  });

  it('resolves ir.model XML ids to model names', () => {
    const ids = computeIrModelXmlIds(tree('19.0').modules);
    expect(ids.get('hr.model_hr_employee')).toBe('hr.employee');
    expect(ids.get('hr.model_hr_version')).toBe('hr.version');
    expect(ids.get('base.model_res_partner_bank')).toBe('res.partner.bank');
    expect(tree('19.0').result.models.get('hr.employee')).toMatchObject({ kind: 'Model', abstract: false, declaredBy: { module: 'hr' } });
  });
});

import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { corpusRoot } from '@sightline/odoo-corpus';
import { readAddonsSecurity } from './read-addons-security.util';
import { odooXml, removeAddonTree, writeAddonTree } from './testing/addon-tree.test-util';

const HR_SECURITY = join(corpusRoot(), 'post-19', 'hr', 'security');
const corpusCsv = readFileSync(join(HR_SECURITY, 'ir.access.csv'), 'utf8');
const corpusXml = readFileSync(join(HR_SECURITY, 'ir_access.xml'), 'utf8');
const corpusRows = parse(corpusCsv, { columns: true }) as Record<string, string>[];

const groups = (names: string[]) =>
  odooXml(names.map((name) => `    <record id="${name}" model="res.groups"><field name="name">${name}</field></record>`).join('\n'));

/** A post-19 base (its two bank-account rows that hr switches off) and hr with the corpus's `ir.access` files. */
const tree = writeAddonTree([
  {
    name: 'base',
    manifest: { name: 'Base', data: ['security/base_groups.xml', 'security/ir.access.csv'] },
    files: {
      'security/base_groups.xml': groups(['group_user', 'group_system', 'group_partner_manager', 'group_user_lite']),
      'security/ir.access.csv': [
        'id,name,model_id,group_id/id,operation,domain',
        'access_res_partner_bank_group_partner_manager_crud,res.partner.bank partner manager,res.partner.bank,group_partner_manager,crud,',
        'access_res_partner_bank_group_user_r,res.partner.bank user,res.partner.bank,group_user,r,',
      ].join('\n'),
    },
  },
  {
    name: 'hr',
    manifest: { name: 'Employees', depends: ['base'], data: ['security/hr_security.xml', 'security/ir.access.csv', 'security/ir_access.xml'] },
    files: {
      'security/hr_security.xml': groups(['group_hr_user', 'group_hr_manager', 'group_user_lite']),
      'security/ir.access.csv': corpusCsv,
      'security/ir_access.xml': corpusXml,
    },
  },
]);
afterAll(() => removeAddonTree(tree));

describe('post-19 ir.access', () => {
  const reading = readAddonsSecurity({ addonsPaths: [tree], odooVersion: 'post-19', modelXmlIds: new Map() });
  const hrRows = reading.accessRows.filter((row) => row.module === 'hr');

  it('reads every row of the corpus file, with model names as written', () => {
    expect(hrRows).toHaveLength(corpusRows.length);
    expect(hrRows.map((row) => row.xmlid)).toEqual(corpusRows.map((row) => `hr.${row.id}`));
    expect(hrRows.map((row) => row.model)).toEqual(corpusRows.map((row) => row.model_id));
    expect(hrRows.map((row) => row.operation)).toEqual(corpusRows.map((row) => row.operation));
    expect(reading.errors).toEqual([]);
    expect(reading.acls).toEqual([]);
    expect(reading.rules).toEqual([]);
  });

  it('keeps group-less rows (restrictions) and their multi-line domains', () => {
    const restrictions = hrRows.filter((row) => row.groupXmlid === null);
    expect(restrictions).toHaveLength(corpusRows.filter((row) => row['group_id/id'] === '').length);
    expect(hrRows.find((row) => row.xmlid === 'hr.hr_employee_comp_rule')).toMatchObject({
      groupXmlid: null,
      operation: 'crud',
      domain: expect.stringContaining("('company_id', 'in', company_ids + [False]),\n"),
      source: { file: 'hr/security/ir.access.csv', line: 6 },
    });
    expect(hrRows.filter((row) => row.domain !== null)).toHaveLength(corpusRows.filter((row) => row.domain.trim() !== '').length);
  });

  it('applies hr switching off base rows', () => {
    const bankRows = reading.accessRows.filter((row) => row.module === 'base');
    expect(bankRows.map((row) => [row.xmlid, row.active, row.extensions])).toEqual([
      ['base.access_res_partner_bank_group_partner_manager_crud', false, [{ file: 'hr/security/ir_access.xml', line: 4 }]],
      ['base.access_res_partner_bank_group_user_r', false, [{ file: 'hr/security/ir_access.xml', line: 10 }]],
    ]);
  });
});

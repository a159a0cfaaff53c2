import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildFieldGroupsCatalog } from './build-field-groups-catalog.util';
import { fieldGroupsCatalogFor } from './field-groups-catalog-for.util';
import { FIELD_GROUPS_CATALOG_SOURCES } from './field-groups-catalog-versions';
import { formatFieldGroupsCatalog } from './format-field-groups-catalog.util';
import { parseFieldGroups } from './parse-field-groups.util';

const repositoryRoot = join(__dirname, '..', '..', '..', '..', '..');

describe('shipped field-groups catalog', () => {
  it.each(Object.entries(FIELD_GROUPS_CATALOG_SOURCES))('%s is what the generator makes of the corpus (run `npm run generate:catalog -w @sightline/odoo-rpc` after a corpus change)', (version, source) => {
    const regenerated = formatFieldGroupsCatalog(buildFieldGroupsCatalog(readFileSync(join(repositoryRoot, source), 'utf8'), version, source));
    expect(readFileSync(join(__dirname, `field-groups-${version}.json`), 'utf8')).toBe(regenerated);
  });

  it.each([
    ['17.0', '17.0'],
    ['18.0', '18.0'],
    ['saas-18.2', '18.0'],
    ['19.0', '19.0'],
  ])('serves %s from the %s catalog', (version, catalogVersion) => {
    expect(fieldGroupsCatalogFor(version)?.odooVersion).toBe(catalogVersion);
  });

  it.each(['16.0', 'master'])('has no catalog for %s', (version) => {
    expect(fieldGroupsCatalogFor(version)).toBeNull();
  });

  it.each(Object.keys(FIELD_GROUPS_CATALOG_SOURCES))('%s: names the deciding definition of every field, the parent field for _inherits ones', (version) => {
    const catalog = fieldGroupsCatalogFor(version)!;
    const entries = Object.values(catalog.fields).flatMap((fields) => Object.values(fields));
    expect(entries.filter(([, module, file, line]) => !/^\w+$/.test(module) || file === '' || line < 1)).toEqual([]);
    expect(catalog.fields['mail.mail']!['mail_ids']).toEqual(catalog.fields['mail.message']!['mail_ids']);
  });

  it('records the groups of 19 contract fields on hr.version (HR managers only)', () => {
    expect(fieldGroupsCatalogFor('19.0')!.fields['hr.version']!['wage']![0]).toBe('hr.group_hr_manager');
  });
});

describe('parseFieldGroups', () => {
  it.each([
    ['hr.group_hr_user', [{ xmlid: 'hr.group_hr_user', negated: false }]],
    ['base.group_system, hr.group_hr_user', [{ xmlid: 'base.group_system', negated: false }, { xmlid: 'hr.group_hr_user', negated: false }]],
    ['!base.group_portal,base.group_user', [{ xmlid: 'base.group_portal', negated: true }, { xmlid: 'base.group_user', negated: false }]],
    ['.', [{ xmlid: '.', negated: false }]],
    ['', []],
  ])('%j', (groups, expected) => {
    expect(parseFieldGroups(groups)).toEqual(expected);
  });
});

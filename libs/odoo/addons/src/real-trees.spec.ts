import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusVersions, extractOdooTree, readCorpusModelFacts, realOdooTree, type CorpusVersion } from '@sightline/odoo-corpus';
import { computeImpliedClosure, parseSnapshot, snapshotHash, type FieldInfo, type Snapshot } from '@sightline/odoo-model';
import { detectOdooVersion } from './detect-odoo-version.util';
import { discoverModules } from './manifest/discover-modules.util';
import { readModulePythonModels } from './python-models/read-module-python-models.util';
import { readAddonsSnapshot, type AddonsSnapshot } from './read-addons-snapshot.util';

/** Reading a whole real tree takes seconds, more on a loaded machine: bounds for a hang, not for speed. */
const SLOW = 240_000;

/** What CPython's own parsers find in the raw files (`testing/scan-odoo-tree.py`). */
interface IndependentScan {
  readonly modules: readonly string[];
  readonly groups: readonly string[];
  readonly acls: readonly string[];
  readonly rules: readonly string[];
  /** `module:Class.field` of each class-level field declared with `groups=` in the files Odoo imports. */
  readonly fieldGroups: readonly string[];
}

/** Counts looked at by hand in the published trees (and equal to the independent scan). */
const COUNTS: Record<CorpusVersion, { modules: number; groups: number; acls: number; rules: number; fieldGroups: number; defaultGroups: number }> = {
  '17.0': { modules: 462, groups: 123, acls: 1779, rules: 511, fieldGroups: 346, defaultGroups: 25 },
  '18.0': { modules: 576, groups: 127, acls: 1932, rules: 566, fieldGroups: 447, defaultGroups: 26 },
  '19.0': { modules: 590, groups: 124, acls: 1911, rules: 565, fieldGroups: 573, defaultGroups: 0 },
};

/** Groups implying `hr.group_hr_user` in the whole tree (odoo-security-model.md §7.1 lists the same for the HR apps). */
const IMPLYING_HR_USER: Record<CorpusVersion, string[]> = {
  '17.0': ['hr.group_hr_manager', 'hr_recruitment.group_hr_recruitment_manager', 'hr_recruitment.group_hr_recruitment_user', 'hr_timesheet.group_timesheet_manager'],
  '18.0': ['hr.group_hr_manager', 'hr_contract.group_hr_contract_manager', 'hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', 'hr_timesheet.group_timesheet_manager'],
  '19.0': ['hr.group_hr_manager', 'hr_holidays.group_hr_holidays_manager', 'hr_holidays.group_hr_holidays_user', 'hr_timesheet.group_timesheet_manager'],
};

/** The corpus table writes `groups=fields.NO_ACCESS` as the expression; a snapshot names it with the XML id `.`. */
const CORPUS_NO_ACCESS = '<expr:fields.NO_ACCESS>';

/**
 * Where the corpus table is wrong: `hr_skills_slides` declares `hr.employee.subscribed_courses` as
 * `related='user_partner_id.slide_channel_ids'` (through the related `user_id.partner_id`), whose
 * target `res.partner.slide_channel_ids` has `groups=website_slides.group_website_slides_officer`;
 * Odoo copies a related field's groups (`_related_groups`) and the table missed the two-hop path.
 */
const CORPUS_TABLE_MISSES: ReadonlyArray<readonly [string, string]> = [['hr.employee.subscribed_courses', 'website_slides.group_website_slides_officer']];

const readings = new Map<CorpusVersion, AddonsSnapshot>();
const readingOf = (version: CorpusVersion): AddonsSnapshot => {
  if (!readings.has(version)) readings.set(version, readAddonsSnapshot({ addonsPaths: realOdooTree(version).addonsPaths }));
  return readings.get(version)!;
};

function independentScan(version: CorpusVersion): IndependentScan {
  const script = join(__dirname, 'testing', 'scan-odoo-tree.py');
  return JSON.parse(execFileSync('python3', [script, ...realOdooTree(version).addonsPaths], { encoding: 'utf8', maxBuffer: 64 << 20 })) as IndependentScan;
}

const groupsText = (field: FieldInfo) => field.groups.map((ref) => `${ref.negated ? '!' : ''}${ref.xmlid}`).join(',');

describe.each(corpusVersions)('the published Odoo %s tree, read whole as a user points the CLI at it', (version) => {
  let read: AddonsSnapshot;
  let snapshot: Snapshot;
  let scan: IndependentScan;
  beforeAll(() => {
    read = readingOf(version); // strict mode: any error would throw
    snapshot = read.snapshot;
    scan = independentScan(version);
  }, SLOW);

  it('reads it without an error or a warning', () => {
    expect(read.reading.errors).toEqual([]);
    expect(read.reading.warnings).toEqual([]);
  });

  it('installs what an independent scan calls the tree (every installable module but Odoo tests), base first', () => {
    expect(read.reading.modules.map((m) => m.name).sort()).toEqual(scan.modules);
    expect(read.reading.modules[0]!.name).toBe('base');
    expect(snapshot.meta.modules).toHaveLength(COUNTS[version].modules);
  });

  it('reads the groups, ACL rows and record rules the independent scan finds', () => {
    expect(snapshot.groups.map((g) => g.xmlid).sort()).toEqual(scan.groups);
    expect(snapshot.acls.map((a) => a.xmlid).sort()).toEqual(scan.acls);
    expect(snapshot.rules.map((r) => r.xmlid).sort()).toEqual(scan.rules);
    const counts = { groups: snapshot.groups.length, acls: snapshot.acls.length, rules: snapshot.rules.length };
    expect(counts).toEqual({ groups: COUNTS[version].groups, acls: COUNTS[version].acls, rules: COUNTS[version].rules });
  });

  it('reads every field declared with groups= that the independent scan finds', () => {
    const dirOf = new Map(discoverModules(realOdooTree(version).addonsPaths).modules);
    const declared = read.reading.modules.flatMap(({ name }) =>
      readModulePythonModels(dirOf.get(name)!.dir, name).classes.flatMap((cls) =>
        cls.fields.filter((field) => field.groups !== undefined).map((field) => `${name}:${cls.className}.${field.name}`),
      ),
    );
    expect([...new Set(declared)].sort()).toEqual(scan.fieldGroups);
    expect(scan.fieldGroups).toHaveLength(COUNTS[version].fieldGroups);
  });

  it('has the effective field groups of the corpus table (effective-field-groups.csv, extracted from the same tree)', () => {
    const expected = new Map([
      ...readCorpusModelFacts(version).effective.map((row) => [`${row.model}.${row.field}`, row.groups === CORPUS_NO_ACCESS ? '.' : row.groups] as const),
      ...CORPUS_TABLE_MISSES,
    ]);
    const actual = new Map(snapshot.fields.map((field) => [`${field.model}.${field.name}`, groupsText(field)]));
    expect(actual).toEqual(expected);
  });

  it('finds the groups implying hr.group_hr_user', () => {
    const closure = computeImpliedClosure(snapshot.groups);
    expect(snapshot.groups.filter((g) => closure.get(g.xmlid)!.has('hr.group_hr_user')).map((g) => g.xmlid).sort()).toEqual(IMPLYING_HR_USER[version]);
    expect(closure.get('base.group_system')!.has('hr.group_hr_user')).toBe(false);
  });

  it('reads the default groups of new users and the user types of the base users', () => {
    expect(snapshot.defaultUserGroupXmlids).toHaveLength(COUNTS[version].defaultGroups);
    expect(snapshot.defaultUserGroupXmlids.includes('hr.group_hr_manager')).toBe(version !== '19.0');
    const types = Object.fromEntries(snapshot.users.map((u) => [u.key, u.userType]));
    expect(types).toMatchObject({ 'base.user_admin': 'internal', 'base.public_user': 'public', 'base.template_portal_user_id': 'portal' });
  });

  it('tells the Odoo version from odoo/release.py', () => {
    expect(snapshot.meta.odooVersion).toBe(version);
    expect(detectOdooVersion(discoverModules(realOdooTree(version).addonsPaths).modules)).toBe(version);
  });

  it('validates, and hashes the same when read from another checkout', () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toMatchObject({ ok: true });
    const parent = mkdtempSync(join(tmpdir(), 'sightline-checkout-'));
    try {
      const checkout = extractOdooTree(version, parent);
      expect(snapshotHash(readAddonsSnapshot({ addonsPaths: checkout.addonsPaths }).snapshot)).toBe(snapshotHash(snapshot));
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  }, SLOW);
});

describe("Odoo's test modules, named explicitly", () => {
  it('17.0 test_base_import: the models named by a module-level helper are read', () => {
    const { snapshot, reading } = readAddonsSnapshot({ addonsPaths: realOdooTree('17.0').addonsPaths, install: ['test_base_import'] });
    expect(reading.errors).toEqual([]);
    expect(snapshot.models.map((m) => m.name)).toEqual(expect.arrayContaining(['base_import.char', 'base_import.char.required', 'base_import.complex']));
  }, SLOW);
});

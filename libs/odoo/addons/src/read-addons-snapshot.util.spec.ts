import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusVersions, materializeCorpusTree, readCorpusModelFacts, type CorpusTree, type CorpusVersion } from '@sightline/odoo-corpus';
import { computeImpliedClosure, diffSnapshots, parseSnapshot, snapshotHash, type FieldInfo, type Snapshot } from '@sightline/odoo-model';
import { AddonsReadError } from './data-files/addons-read.error';
import { expectedCorpusSecurity } from './data-files/testing/corpus-expectations.test-util';
import { detectOdooVersion } from './detect-odoo-version.util';
import { discoverModules } from './manifest/discover-modules.util';
import { readAddonsSnapshot, type AddonsSnapshot } from './read-addons-snapshot.util';

/** The counts of `data-files/corpus-trees.spec.ts`, which reads the security files alone with `models.csv` for the model XML ids. */
const COUNTS: Record<CorpusVersion, { groups: number; acls: number; rules: number }> = {
  '17.0': { groups: 122, acls: 2012, rules: 514 },
  '18.0': { groups: 128, acls: 2212, rules: 573 },
  '19.0': { groups: 128, acls: 2352, rules: 591 },
};

/** Materialising a tree and reading it takes a few seconds each. */
const SLOW = 30_000;

/** The corpus writes `groups=fields.NO_ACCESS` as the expression; a snapshot names it with the XML id `.`. */
const CORPUS_NO_ACCESS = '<expr:fields.NO_ACCESS>';

const trees = new Map<CorpusVersion, CorpusTree>();
const snapshots = new Map<CorpusVersion, AddonsSnapshot>();
const read = (version: CorpusVersion, addonsPath: string) => readAddonsSnapshot({ addonsPaths: [addonsPath], odooVersion: version, mode: 'lenient' });
const snapshotOf = (version: CorpusVersion): AddonsSnapshot => {
  if (!snapshots.has(version)) {
    const tree = materializeCorpusTree(version);
    trees.set(version, tree);
    snapshots.set(version, read(version, tree.addonsPath));
  }
  return snapshots.get(version)!;
};
afterAll(() => trees.forEach((tree) => tree.remove()));

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const groupsText = (field: FieldInfo) => field.groups.map((ref) => `${ref.negated ? '!' : ''}${ref.xmlid}`).join(',');

/** `model.field` → groups of the fields of every model Odoo's own test modules (`test_*`, left out by the corpus tables) do not create. */
function productionFieldGroups(snapshot: Snapshot): Map<string, string> {
  const testModels = new Set(snapshot.models.filter((model) => model.module?.startsWith('test_')).map((model) => model.name));
  return new Map(snapshot.fields.filter((field) => !testModels.has(field.model)).map((field) => [`${field.model}.${field.name}`, groupsText(field)]));
}

describe.each(corpusVersions)('readAddonsSnapshot on the materialised %s tree', (version) => {
  let snapshot: Snapshot;
  beforeAll(() => {
    snapshot = snapshotOf(version).snapshot;
  }, SLOW);

  it('reads the groups, ACLs and rules the security-files reading finds', () => {
    const expected = expectedCorpusSecurity(version);
    expect({ groups: snapshot.groups.length, acls: snapshot.acls.length, rules: snapshot.rules.length }).toEqual(COUNTS[version]);
    expect(new Set(snapshot.groups.map((group) => group.xmlid))).toEqual(expected.groups);
    expect(new Set(snapshot.acls.map((acl) => acl.xmlid))).toEqual(expected.acls);
    expect(new Set(snapshot.rules.map((rule) => rule.xmlid))).toEqual(expected.rules);
  });

  it('has the effective field groups of effective-field-groups.csv', () => {
    const expected = new Map(
      readCorpusModelFacts(version).effective.map((row) => [`${row.model}.${row.field}`, row.groups === CORPUS_NO_ACCESS ? '.' : row.groups]),
    );
    const actual = productionFieldGroups(snapshot);
    expect(actual.size).toBe(expected.size);
    expect(actual).toEqual(expected);
  });

  it('validates, and hashes the same when read from another checkout', () => {
    expect(parseSnapshot(JSON.parse(JSON.stringify(snapshot)))).toMatchObject({ ok: true });
    const checkout = materializeCorpusTree(version);
    try {
      expect(checkout.addonsPath).not.toBe(trees.get(version)!.addonsPath);
      expect(snapshotHash(read(version, checkout.addonsPath).snapshot)).toBe(snapshotHash(snapshot));
    } finally {
      checkout.remove();
    }
  }, SLOW);

  it('is a tree whose Odoo version can be told from odoo/release.py', () => {
    expect(detectOdooVersion(discoverModules([trees.get(version)!.addonsPath]).modules)).toBe(version);
  });
});

describe('implied groups of the materialised trees', () => {
  const closureOf = (version: CorpusVersion, group: string) => computeImpliedClosure(snapshotOf(version).snapshot.groups).get(group);

  it('17.0: hr_timesheet.group_timesheet_manager implies hr.group_hr_user', () => {
    expect(closureOf('17.0', 'hr_timesheet.group_timesheet_manager')).toContain('hr.group_hr_user');
  }, SLOW);

  it('18.0: hr_holidays.group_hr_holidays_user implies hr.group_hr_user, and it did not in 17.0', () => {
    expect(closureOf('18.0', 'hr_holidays.group_hr_holidays_user')).toContain('hr.group_hr_user');
    expect(closureOf('17.0', 'hr_holidays.group_hr_holidays_user')).not.toContain('hr.group_hr_user');
  }, SLOW);

  it('diffSnapshots(17.0, 18.0) reports the new implication as added', () => {
    const diff = diffSnapshots(snapshotOf('17.0').snapshot, snapshotOf('18.0').snapshot);
    expect(diff.implications.find((change) => change.key === 'hr_holidays.group_hr_holidays_user -> hr.group_hr_user')).toEqual({
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
  let tree: string;
  const hrFile = (path: string) => join(overlay, 'hr', path);
  const readHr = (mode: 'strict' | 'lenient' = 'strict') =>
    readAddonsSnapshot({ addonsPaths: [overlay, tree], odooVersion: '17.0', install: ['hr'], mode });
  /** Replaces the first line matching `pattern` in a file of the copy; returns its line number. */
  const replaceLine = (path: string, pattern: RegExp, replacement: string): number => {
    const lines = readFileSync(hrFile(path), 'utf8').split('\n');
    const index = lines.findIndex((line) => pattern.test(line));
    lines[index] = replacement;
    writeFileSync(hrFile(path), lines.join('\n'));
    return index + 1;
  };

  beforeAll(() => {
    snapshotOf('17.0');
    tree = trees.get('17.0')!.addonsPath;
  }, SLOW);
  beforeEach(() => {
    overlay = mkdtempSync(join(tmpdir(), 'sightline-overlay-'));
    cpSync(join(tree, 'hr'), join(overlay, 'hr'), { recursive: true });
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

  it('a Python syntax error in a model file, even when lenient: file, line and column', () => {
    const line = replaceLine('models/hr_employee.py', /^\s+private_email = fields\./, "    private_email = fields.Char(string='Private Email");
    expect(() => readHr('lenient')).toThrow(new RegExp(`^${escape(hrFile('models/hr_employee.py'))}:${line}:40: unterminated string`));
  });
});

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { corpusVersions } from '@sightline/odoo-corpus';
import { computeCorpusFieldGroups } from './testing/compute-corpus-field-groups.test-util';
import { compareEffectiveRows, describeDifferences, effectiveFieldGroupsRows } from './testing/effective-field-groups-rows.test-util';

/**
 * The corpus tables are written out as the Python sources of every module, read back with the
 * reader, and the computed field groups must equal `effective-field-groups.csv` row by row.
 *
 * Read from the real Odoo source trees the corpus was taken from (not fixtures here), the same
 * computation differs from the CSV in two rows per version, both where the CSV departs from Odoo:
 * - `hr.employee.subscribed_courses` (hr_skills_slides, `related='user_partner_id.slide_channel_ids'`)
 *   is missing from the CSV: its path starts with `user_partner_id = fields.Many2one(related=…)`,
 *   which names no model; Odoo takes the model from the related target and copies
 *   `website_slides.group_website_slides_officer`.
 * - `project.project.rating_ids`: same groups, but the CSV credits rating's `mail.thread` extension
 *   (later in load order) where Python's MRO puts `rating.parent.mixin` first (earlier in `_inherit`).
 * The tables alone cannot show either case (no comodel of related fields, no `_inherit` order),
 * so the written-out trees agree with the CSV.
 */
describe.each(corpusVersions)('effective field groups of the Odoo %s tree', (version) => {
  let root: string;
  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), 'sightline-python-models-'));
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  it('match effective-field-groups.csv exactly', () => {
    const { facts, result } = computeCorpusFieldGroups(version, root);
    const { compared, differences } = compareEffectiveRows(facts.effective, effectiveFieldGroupsRows(result));
    expect(compared).toBe(facts.effective.length);
    if (differences.length > 0) throw new Error(describeDifferences(differences));
  });
});

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readAddonsSecurity } from '@sightline/odoo-addons';
import { corpusRoot, manifestSource } from '@sightline/odoo-corpus';
import type { AccessRow } from '@sightline/odoo-model';

const HR_ACCESS_CSV = join(corpusRoot(), 'post-19', 'hr', 'security', 'ir.access.csv');

/**
 * The `ir.access` rows of the corpus's post-19 hr module, as the real addon reader reads them from
 * a tree of `base` and `hr` declaring the groups the file names. hr's `ir_access.xml` is left out:
 * it only switches off base rows this tree does not have.
 */
export function post19HrAccessRows(): AccessRow[] {
  const root = mkdtempSync(join(tmpdir(), 'sightline-post19-'));
  try {
    writeModule(root, 'base', [], ['group_user', 'group_system', 'group_partner_manager', 'group_user_lite'], {});
    writeModule(root, 'hr', ['base'], ['group_hr_user', 'group_hr_manager', 'group_user_lite'], { 'security/ir.access.csv': readFileSync(HR_ACCESS_CSV, 'utf8') });
    const reading = readAddonsSecurity({ addonsPaths: [root], odooVersion: 'post-19', modelXmlIds: new Map(), mode: 'strict' });
    return reading.accessRows.filter((row) => row.module === 'hr');
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

function writeModule(root: string, name: string, depends: string[], groups: string[], files: Record<string, string>): void {
  const records = groups.map((id) => `  <record id="${id}" model="res.groups"><field name="name">${id}</field></record>`).join('\n');
  const all = { 'security/groups.xml': `<?xml version="1.0" encoding="utf-8"?>\n<odoo>\n${records}\n</odoo>\n`, ...files };
  mkdirSync(join(root, name, 'security'), { recursive: true });
  writeFileSync(join(root, name, '__manifest__.py'), manifestSource({ name, depends, data: Object.keys(all) }));
  for (const [path, text] of Object.entries(all)) writeFileSync(join(root, name, path), text);
}

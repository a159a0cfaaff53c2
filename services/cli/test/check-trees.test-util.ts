import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { OdooTree } from '@sightline/odoo-corpus';
import { cliPath } from './run-cli.test-util';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

/**
 * A head tree that leaves the shared real tree untouched: a new `addons` folder of its own, holding
 * copies of `modules` (to change) and whatever the test writes, put before the tree's addons paths
 * (the first path holding a module wins, as in Odoo).
 */
export function overlayTree(tree: OdooTree, modules: readonly string[] = []): { addonsPath: string; addonsPaths: string[]; remove(): void } {
  const root = mkdtempSync(join(tmpdir(), 'sightline-head-'));
  const addonsPath = join(root, 'addons');
  mkdirSync(addonsPath);
  for (const module of modules) {
    const from = tree.addonsPaths.map((path) => join(path, module)).find((dir) => existsSync(dir));
    if (!from) throw new Error(`${module} is in none of ${tree.addonsPaths.join(', ')}`);
    cpSync(from, join(addonsPath, module), { recursive: true });
  }
  return { addonsPath, addonsPaths: [addonsPath, ...tree.addonsPaths], remove: () => rmSync(root, { recursive: true, force: true }) };
}

/** Writes files under a directory, creating folders: `{ 'x/__manifest__.py': '…' }`. */
export function writeFiles(dir: string, files: Readonly<Record<string, string>>): void {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
}

/** Replaces text in a file, failing when the text is absent (the tree changed under the test). */
export function editFile(file: string, from: string | RegExp, to: string): void {
  const before = readFileSync(file, 'utf8');
  const after = before.replace(from, to);
  if (after === before) throw new Error(`${file}: ${String(from)} not found`);
  writeFileSync(file, after);
}

/** A custom module whose group implies Employees / Officer (security XML line 3 is the record). */
export const CUSTOM_HR_MODULE: Readonly<Record<string, string>> = {
  'acme_hr_bridge/__manifest__.py': "{'name': 'Acme HR bridge', 'version': '1.0', 'depends': ['hr'], 'data': ['security/acme_security.xml'], 'license': 'LGPL-3'}\n",
  'acme_hr_bridge/__init__.py': '',
  'acme_hr_bridge/security/acme_security.xml': [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<odoo>',
    '    <record id="group_acme_coordinator" model="res.groups">',
    '        <field name="name">Acme Coordinator</field>',
    "        <field name=\"implied_ids\" eval=\"[(4, ref('hr.group_hr_user'))]\"/>",
    '    </record>',
    '</odoo>',
    '',
  ].join('\n'),
};

/** A custom module adding a group that has nothing to do with HR. */
export const CUSTOM_UNRELATED_MODULE: Readonly<Record<string, string>> = {
  'acme_fleet_extra/__manifest__.py': "{'name': 'Acme fleet extra', 'version': '1.0', 'depends': ['base'], 'data': ['security/acme_security.xml'], 'license': 'LGPL-3'}\n",
  'acme_fleet_extra/__init__.py': '',
  'acme_fleet_extra/security/acme_security.xml': [
    '<?xml version="1.0" encoding="utf-8"?>',
    '<odoo>',
    '    <record id="group_acme_driver" model="res.groups">',
    '        <field name="name">Acme Driver</field>',
    "        <field name=\"implied_ids\" eval=\"[(4, ref('base.group_user'))]\"/>",
    '    </record>',
    '</odoo>',
    '',
  ].join('\n'),
};

/** Runs the built `sightline` in `cwd` (the git tests need it), like runCli. */
export function runCliIn(cwd: string, args: string[]) {
  return spawnSync(process.execPath, [cliPath, ...args], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME }, encoding: 'utf8', timeout: 60_000 });
}

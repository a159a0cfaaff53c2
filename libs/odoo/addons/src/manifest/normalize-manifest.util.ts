import { isPyTuple, type PyValue } from '@sightline/odoo-python';
import { ManifestError } from './manifest.error';
import type { OdooManifest } from './odoo-manifest.type';

/**
 * Turns the dict of a `__manifest__.py` into an {@link OdooManifest}, applying Odoo's defaults
 * (`odoo/modules/module.py` `_load_manifest`): empty `depends` means `['base']`; `auto_install`
 * True means "when all depends are installed"; a list must be a subset of `depends`.
 * @throws ManifestError naming `file` and the offending key.
 */
export function normalizeManifest(raw: Record<string, PyValue>, moduleName: string, file: string): OdooManifest {
  const listed = stringList(raw, 'depends', file);
  const depends = moduleName === 'base' ? [] : listed.length > 0 ? listed : ['base'];
  const autoInstall = autoInstallValue(raw.auto_install, file);
  return {
    name: optionalString(raw, 'name', file),
    version: raw.version === undefined || raw.version === null ? null : String(raw.version),
    category: optionalString(raw, 'category', file),
    depends,
    data: [...stringList(raw, 'init_xml', file), ...stringList(raw, 'update_xml', file), ...stringList(raw, 'data', file)],
    demo: [...stringList(raw, 'demo_xml', file), ...stringList(raw, 'demo', file)],
    autoInstall,
    autoInstallTriggers: triggers(autoInstall, depends, file),
    installable: raw.installable === undefined ? true : raw.installable === true,
    application: raw.application === true,
  };
}

function triggers(autoInstall: boolean | readonly string[], depends: readonly string[], file: string): readonly string[] | null {
  if (autoInstall === false) return null;
  if (autoInstall === true) return depends;
  const strangers = autoInstall.filter((name) => !depends.includes(name));
  if (strangers.length > 0) {
    throw new ManifestError(file, `auto_install triggers must be dependencies, found non-dependencies: ${strangers.join(', ')}`);
  }
  return autoInstall;
}

function autoInstallValue(value: PyValue | undefined, file: string): boolean | readonly string[] {
  if (value === undefined || value === null || value === false) return false;
  if (value === true) return true;
  const items = sequenceItems(value);
  if (items && items.every((item) => typeof item === 'string')) return items as string[];
  throw new ManifestError(file, "'auto_install' must be True, False or a list of module names");
}

function stringList(raw: Record<string, PyValue>, key: string, file: string): string[] {
  const value = raw[key];
  if (value === undefined || value === null) return [];
  const items = sequenceItems(value);
  if (!items || !items.every((item) => typeof item === 'string')) {
    throw new ManifestError(file, `'${key}' must be a list of strings`);
  }
  return items as string[];
}

/** A list, tuple or set: Odoo only iterates these manifest values. */
function sequenceItems(value: PyValue): readonly PyValue[] | null {
  if (Array.isArray(value)) return value;
  if (isPyTuple(value)) return value.items as readonly PyValue[];
  return value instanceof Set ? [...(value as ReadonlySet<PyValue>)] : null;
}

function optionalString(raw: Record<string, PyValue>, key: string, file: string): string | null {
  const value = raw[key];
  if (value === undefined || value === null) return null;
  if (typeof value !== 'string') throw new ManifestError(file, `'${key}' must be a string`);
  return value;
}

import { parseManifestSource } from '@sightline/odoo-python';
import { ManifestError } from './manifest.error';
import { normalizeManifest } from './normalize-manifest.util';
import type { OdooManifest } from './odoo-manifest.type';

const FILE = 'addons/x/__manifest__.py';
const normalize = (source: string, module = 'x') => normalizeManifest(parseManifestSource(source, { file: FILE }), module, FILE);

describe('normalizeManifest', () => {
  it.each<[string, string, string, Partial<OdooManifest>]>([
    ['defaults', 'x', '{}', { depends: ['base'], data: [], demo: [], autoInstall: false, autoInstallTriggers: null, installable: true, application: false, name: null }],
    ['base depends on nothing', 'base', "{'depends': ['web']}", { depends: [] }],
    ['empty depends means base', 'x', "{'depends': []}", { depends: ['base'] }],
    ['auto_install True triggers on all depends', 'x', "{'depends': ['a', 'b'], 'auto_install': True}", { autoInstall: true, autoInstallTriggers: ['a', 'b'] }],
    ['auto_install list', 'x', "{'depends': ['a', 'b'], 'auto_install': ['a']}", { autoInstall: ['a'], autoInstallTriggers: ['a'] }],
    ['auto_install empty list: always', 'x', "{'depends': ['a'], 'auto_install': []}", { autoInstall: [], autoInstallTriggers: [] }],
    ['old data keys first', 'x', "{'data': ['c.xml'], 'update_xml': ['b.xml'], 'init_xml': ['a.csv'], 'demo_xml': ['d.xml'], 'demo': ['e.xml']}", { data: ['a.csv', 'b.xml', 'c.xml'], demo: ['d.xml', 'e.xml'] }],
    ['not installable', 'x', "{'installable': False, 'application': True, 'version': 1.2}", { installable: false, application: true, version: '1.2' }],
  ])('%s', (_label, module, source, expected) => {
    expect(normalize(source, module)).toMatchObject(expected);
  });

  it.each<[string, string, RegExp]>([
    ['auto_install trigger outside depends', "{'depends': ['a'], 'auto_install': ['b']}", /auto_install triggers must be dependencies, found non-dependencies: b/],
    ['depends not a list', "{'depends': 'hr'}", /'depends' must be a list of strings/],
    ['data with a number', "{'data': ['a.xml', 3]}", /'data' must be a list of strings/],
    ['auto_install of another type', "{'auto_install': 'yes'}", /'auto_install' must be True, False or a list/],
    ['name not a string', "{'name': ['x']}", /'name' must be a string/],
  ])('rejects %s, naming the file', (_label, source, message) => {
    expect(() => normalize(source)).toThrow(ManifestError);
    expect(() => normalize(source)).toThrow(new RegExp(`^${FILE}: ${message.source}`));
  });
});

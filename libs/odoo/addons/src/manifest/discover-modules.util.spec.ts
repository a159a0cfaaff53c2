import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { removeAddonTree, writeAddonTree } from '../data-files/testing/addon-tree.test-util';
import { discoverModules } from './discover-modules.util';
import { ManifestError } from './manifest.error';

describe('discoverModules', () => {
  const first = writeAddonTree([
    { name: 'hr', manifest: { name: 'Employees (first)', depends: ['base'] } },
    { name: 'broken', manifest: "{\n    'name': 'Broken',\n    'depends': ['base',\n}\n" },
  ]);
  const second = writeAddonTree([{ name: 'hr', manifest: { name: 'Employees (second)' } }, { name: 'base', manifest: { name: 'Base' } }]);
  mkdirSync(join(first, 'not_a_module'));
  mkdirSync(join(first, 'bad-name'));
  afterAll(() => [first, second].forEach(removeAddonTree));

  it('finds modules across addons paths; the first path wins', () => {
    const { modules } = discoverModules([first, second]);
    expect([...modules.keys()].sort()).toEqual(['base', 'hr']);
    expect(modules.get('hr')).toMatchObject({ addonsPath: first, dir: join(first, 'hr'), manifest: { name: 'Employees (first)' } });
  });

  it('reports an unparsable manifest with file, line and column, and leaves the module out', () => {
    const { unreadable } = discoverModules([first]);
    expect([...unreadable.keys()]).toEqual(['broken']);
    expect(unreadable.get('broken')).toBeInstanceOf(ManifestError);
    expect(unreadable.get('broken')!.message).toMatch(new RegExp(`^${join(first, 'broken', '__manifest__.py')}:4:1: `));
  });

  it('throws for an addons path that is not a directory', () => {
    expect(() => discoverModules([join(first, 'nowhere')])).toThrow(/nowhere: addons path is not a directory/);
  });
});

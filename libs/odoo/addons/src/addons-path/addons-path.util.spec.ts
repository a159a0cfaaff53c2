import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join } from 'node:path';
import { readOdooConfigAddonsPaths, splitAddonsPaths } from './addons-path.util';

describe('splitAddonsPaths', () => {
  it("takes Odoo's comma-separated addons_path as well as separate arguments", () => {
    expect(splitAddonsPaths(['/opt/odoo/addons, /opt/odoo/odoo/addons,', 'custom', '~/acme'], '/work')).toEqual([
      '/opt/odoo/addons', '/opt/odoo/odoo/addons', '/work/custom', join(homedir(), 'acme'),
    ]);
  });

  it('keeps folder names with spaces and parentheses', () => {
    expect(splitAddonsPaths(['/srv/clients/ACME (old) addons,/srv/b'], '/')).toEqual(['/srv/clients/ACME (old) addons', '/srv/b']);
  });
});

describe('readOdooConfigAddonsPaths', () => {
  const dir = mkdtempSync(join(tmpdir(), 'odoo-conf-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const conf = (text: string) => {
    const file = join(dir, `odoo-${Math.random().toString(36).slice(2)}.conf`);
    writeFileSync(file, text);
    return file;
  };

  it('reads addons_path from [options], with continuation lines and comments', () => {
    const file = conf('[options]\n; comment\nadmin_passwd = x\naddons_path = /opt/odoo/addons,\n    /opt/odoo/odoo/addons\n# end\ndb_host = False\n');
    expect(readOdooConfigAddonsPaths(file, '/')).toEqual(['/opt/odoo/addons', '/opt/odoo/odoo/addons']);
  });

  it('takes relative paths from the current directory, as Odoo does', () => {
    expect(readOdooConfigAddonsPaths(conf('[options]\naddons_path: addons , extra\n'), '/srv')).toEqual(['/srv/addons', '/srv/extra']);
  });

  it.each([
    ['no addons_path', '[options]\ndb_host = x\n', /: no addons_path in the \[options\] section$/],
    ['addons_path in another section', '[other]\naddons_path = /x\n', /: no addons_path in the \[options\] section$/],
    ['an empty addons_path', '[options]\naddons_path = ,\n', /:2: addons_path is empty$/],
  ])('names the file for %s', (_label, text, message) => {
    expect(() => readOdooConfigAddonsPaths(conf(text))).toThrow(message);
  });

  it('names a file it cannot read', () => {
    expect(() => readOdooConfigAddonsPaths(join(dir, 'nope.conf'))).toThrow(/nope\.conf: cannot read the Odoo configuration: ENOENT$/);
  });
});

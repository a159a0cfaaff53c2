import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { listModulePythonFiles } from './list-module-python-files.util';
import { readModulePythonModels } from './read-module-python-models.util';

describe('readModulePythonModels', () => {
  let moduleDir: string;
  const write = (file: string, source: string): void => {
    mkdirSync(dirname(join(moduleDir, file)), { recursive: true });
    writeFileSync(join(moduleDir, file), source);
  };

  beforeEach(() => {
    moduleDir = join(mkdtempSync(join(tmpdir(), 'sightline-module-')), 'hr');
    write('__init__.py', 'from . import models\nfrom . import wizard\nfrom .controllers import main\n\ndef post_init(env):\n    pass\n');
    write('models/__init__.py', '# comment\nfrom . import (\n    hr_version,  # first\n    hr_employee,\n)\nfrom . import res_users as users\n');
    write('models/hr_employee.py', "from . import helpers\nif typing.TYPE_CHECKING:\n    from .res_users import ResUsers\n\nclass HrEmployee(models.Model):\n    _name = 'hr.employee'\n    pin = fields.Char(groups='hr.group_hr_user')\n");
    write('models/helpers.py', "class Helper(models.AbstractModel):\n    _name = 'hr.helper'\n");
    write('models/hr_version.py', "class HrVersion(models.Model):\n    _name = 'hr.version'\n");
    write('models/res_users.py', "class ResUsers(models.Model):\n    _inherit = 'res.users'\n");
    write('models/unused.py', "class Unused(models.Model):\n    _name = 'never.imported'\n");
    write('wizard/__init__.py', 'from . import hr_departure_wizard\n');
    write('wizard/hr_departure_wizard.py', "class HrDepartureWizard(models.TransientModel):\n    _name = 'hr.departure.wizard'\n");
    write('controllers/__init__.py', '');
    write('controllers/main.py', 'class Main(http.Controller):\n    @http.route("/x")\n    def x(self):\n        return f"{self}"\n');
  });
  afterEach(() => rmSync(dirname(moduleDir), { recursive: true, force: true }));

  it('follows the relative imports from __init__.py, imported files first, except type-checking ones', () => {
    expect(listModulePythonFiles(moduleDir)).toEqual([
      'models/hr_version.py', 'models/helpers.py', 'models/hr_employee.py', 'models/res_users.py', 'models/__init__.py',
      'wizard/hr_departure_wizard.py', 'wizard/__init__.py', 'controllers/__init__.py', 'controllers/main.py', '__init__.py',
    ]);
  });

  it('reads the classes of the imported files in that order', () => {
    const { module, classes } = readModulePythonModels(moduleDir);
    expect(module).toBe('hr');
    expect(classes.map((cls) => `${cls.site.file}:${cls.site.line} ${cls.name}`)).toEqual([
      'models/hr_version.py:1 hr.version',
      'models/helpers.py:1 hr.helper',
      'models/hr_employee.py:5 hr.employee',
      'models/res_users.py:1 res.users',
      'wizard/hr_departure_wizard.py:1 hr.departure.wizard',
    ]);
    expect(classes[2].fields[0]).toMatchObject({ name: 'pin', site: { module: 'hr', file: 'models/hr_employee.py', line: 7 } });
  });

  it('leaves out a file it cannot read, naming its full path, and reads the others', () => {
    write('models/hr_version.py', "class HrVersion(models.Model):\n    _name = 'hr.version\n");
    const { classes, diagnostics } = readModulePythonModels(moduleDir);
    expect(classes.map((cls) => cls.name)).toEqual(['hr.helper', 'hr.employee', 'res.users', 'hr.departure.wizard']);
    expect(diagnostics).toEqual([
      { site: { module: 'hr', file: 'models/hr_version.py', line: 2 }, message: `file left out, not readable: ${join(moduleDir, 'models/hr_version.py')}:2:13: unterminated string literal` },
    ]);
  });

  it.each([
    ['from .import models', ['models/__init__.py']],
    ['from.import models', ['models/__init__.py']],
    ['from . import (models,\n    wizard)', ['models/__init__.py', 'wizard/__init__.py']],
    ['from .models import hr_version as v, helpers', ['models/hr_version.py', 'models/helpers.py']],
    ['from.models.hr_version import HrVersion', ['models/hr_version.py']],
  ])('follows every import form Python accepts: %s', (statement, imported) => {
    write('__init__.py', `${statement}\n`);
    write('models/__init__.py', '');
    const files = listModulePythonFiles(moduleDir);
    for (const file of imported) expect(files).toContain(file);
  });

  it('finds nothing in a module without __init__.py', () => {
    rmSync(join(moduleDir, '__init__.py'));
    expect(readModulePythonModels(moduleDir).classes).toEqual([]);
  });
});

import { ManifestError } from '../manifest/manifest.error';
import { fakeModule as m, moduleMap } from './module-fixture.test-util';
import { resolveInstallSet } from './resolve-install-set.util';

const tree = moduleMap(
  m('base'),
  m('web', ['base'], { autoInstall: true }),
  m('mail', ['web']),
  m('hr', ['mail']),
  m('project'),
  m('hr_timesheet', ['hr', 'project']),
  // auto-installs once hr and project are in: triggers = all depends
  m('project_hr', ['hr', 'project'], { autoInstall: true }),
  // triggered by hr alone, but pulls in its other dependency
  m('hr_skills_survey', ['hr', 'survey'], { autoInstall: ['hr'] }),
  m('survey', ['web']),
  // chained auto-install: needs hr_skills_survey, itself auto-installed
  m('hr_skills_survey_extra', ['hr_skills_survey'], { autoInstall: true }),
  m('always', ['base'], { autoInstall: [] }),
  m('old', ['base'], { installable: false }),
);

describe('resolveInstallSet', () => {
  it.each<[string, string[] | undefined, string[]]>([
    ['every installable module by default', undefined, ['always', 'base', 'hr', 'hr_skills_survey', 'hr_skills_survey_extra', 'hr_timesheet', 'mail', 'project', 'project_hr', 'survey', 'web']],
    ['base alone: its auto-install modules', [], ['always', 'base', 'web']],
    ['the closure of depends', ['mail'], ['always', 'base', 'mail', 'web']],
    ['project alone does not trigger project_hr', ['project'], ['always', 'base', 'project', 'web']],
    [
      'hr and project trigger project_hr; hr triggers hr_skills_survey (with survey) and then its extra',
      ['hr', 'project'],
      ['always', 'base', 'hr', 'hr_skills_survey', 'hr_skills_survey_extra', 'mail', 'project', 'project_hr', 'survey', 'web'],
    ],
  ])('installs %s', (_label, install, expected) => {
    const result = resolveInstallSet(tree, { install });
    expect([...result.modules].sort()).toEqual(expected);
    expect([...result.errors, ...result.warnings]).toEqual([]);
  });

  it('leaves out of the default set, with a warning, modules with a missing dependency, naming the manifest that lists it', () => {
    const broken = moduleMap(m('base'), m('a', ['b']), m('b', ['enterprise_only']), m('c'));
    const result = resolveInstallSet(broken);
    expect([...result.modules].sort()).toEqual(['base', 'c']);
    expect(result.errors).toEqual([]);
    expect(result.warnings.map((p) => p.message)).toEqual([
      "/addons/a/__manifest__.py: module 'a' cannot be installed: /addons/b/__manifest__.py: module 'b' depends on 'enterprise_only', which is in no addons path",
      "/addons/b/__manifest__.py: module 'b' depends on 'enterprise_only', which is in no addons path",
    ]);
  });

  it('reports a dependency that is not installable, and an unknown module asked for', () => {
    const result = resolveInstallSet(moduleMap(m('base'), m('a', ['old']), m('old', [], { installable: false })), { install: ['a', 'nope'] });
    expect(result.errors.map((p) => p.message)).toEqual([
      "/addons/a/__manifest__.py: module 'a' depends on 'old', which is not installable",
      "nope: module 'nope' was asked for but is in no addons path",
    ]);
  });

  it("leaves Odoo's test modules out of the default set, and installs them when named", () => {
    const modules = moduleMap(m('base'), m('hr'), m('test_hr'), m('l10n_edi_tests', [], { category: 'Hidden/Tests' }));
    expect([...resolveInstallSet(modules).modules].sort()).toEqual(['base', 'hr']);
    expect([...resolveInstallSet(modules, { install: ['test_hr', 'l10n_edi_tests'] }).modules].sort()).toEqual(['base', 'l10n_edi_tests', 'test_hr']);
  });

  it('makes a module whose manifest Odoo cannot read unavailable: an error only when it is asked for or needed', () => {
    const unreadable = new Map([['broken', new ManifestError('/addons/broken/__manifest__.py', 'invalid syntax', 3, 1)]]);
    const modules = moduleMap(m('base'), m('hr'), m('uses_broken', ['broken']));
    const byDefault = resolveInstallSet(modules, { unreadable });
    expect([...byDefault.modules].sort()).toEqual(['base', 'hr']);
    expect(byDefault.errors).toEqual([]);
    expect(byDefault.warnings.map((p) => p.message)).toEqual([
      "/addons/uses_broken/__manifest__.py: module 'uses_broken' depends on 'broken', whose manifest Odoo cannot read: /addons/broken/__manifest__.py:3:1: invalid syntax",
    ]);
    expect(resolveInstallSet(modules, { unreadable, install: ['broken'] }).errors.map((p) => p.message)).toEqual([
      "/addons/broken/__manifest__.py:3:1: module 'broken' was asked for but its manifest cannot be read: invalid syntax",
    ]);
  });
});

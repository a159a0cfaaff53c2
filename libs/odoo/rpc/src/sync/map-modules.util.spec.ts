import { mapModules } from './map-modules.util';

describe('mapModules', () => {
  const modules = [
    { id: 1, name: 'base', latest_version: '18.0.1.3', auto_install: true },
    { id: 2, name: 'hr', latest_version: '18.0.1.1', auto_install: false },
    { id: 3, name: 'hr_skills_survey', latest_version: false, auto_install: true },
  ];
  const dependencies = [
    { id: 1, name: 'base', module_id: [2, 'Employees'], auto_install_required: true },
    { id: 2, name: 'hr', module_id: [3, 'x'], auto_install_required: true },
    { id: 3, name: 'survey', module_id: [3, 'x'], auto_install_required: false },
  ];

  it('reads versions, dependencies, auto-install triggers and the load order', () => {
    expect(mapModules(modules, dependencies)).toEqual([
      { name: 'base', version: '18.0.1.3', depends: [], autoInstall: true, loadIndex: 0 },
      { name: 'hr', version: '18.0.1.1', depends: ['base'], autoInstall: false, loadIndex: 1 },
      { name: 'hr_skills_survey', version: null, depends: ['hr', 'survey'], autoInstall: ['hr'], loadIndex: 2 },
    ]);
  });
});

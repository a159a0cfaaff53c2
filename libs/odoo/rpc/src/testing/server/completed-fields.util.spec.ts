import type { FieldInfo, ModelInfo } from '@sightline/odoo-model';
import { completedFields } from './completed-fields.util';

describe('completedFields', () => {
  const model = (name: string, inherits: ModelInfo['inherits'] = []): ModelInfo => ({ name, description: null, kind: 'Model', module: 'hr', inherits });
  const field = (model: string, name: string, type = 'Many2one'): FieldInfo => ({ model, name, type, related: null, groups: [{ xmlid: 'hr.group_hr_user', negated: false }], groupsSource: 'explicit' });

  it('adds the _inherits link fields a reading leaves out and gives listed ones their comodel', () => {
    const models = [model('hr.employee', [{ parentModel: 'hr.version', field: 'version_id' }]), model('res.users', [{ parentModel: 'res.partner', field: 'partner_id' }])];
    const fields = [field('hr.employee', 'version_id'), field('hr.employee', 'ssnid', 'Char')];
    expect(completedFields(fields, models)).toEqual([
      { ...fields[0], relation: 'hr.version' },
      { ...fields[1], relation: null },
      { model: 'res.users', name: 'partner_id', type: 'many2one', relation: 'res.partner', related: null, groups: [], groupsSource: 'none' },
    ]);
  });
});

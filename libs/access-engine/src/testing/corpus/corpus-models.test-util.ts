import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Classification, FieldInfo, InheritsLink, ModelInfo } from '@sightline/odoo-model';
import type { CorpusVersion } from './corpus-snapshot.test-util';
import { parseCsv } from './parse-csv.test-util';

/** `model_hr_employee` → `hr.employee`, from models.csv. */
export function modelNames(dir: string): Map<string, string> {
  return new Map(parseCsv(readFileSync(join(dir, 'models.csv'), 'utf8')).map((r) => [`model_${r['model']!.replace(/\./g, '_')}`, r['model']!]));
}

/** `_inherits` links of the models the engine tests rely on (models.csv does not list them). */
const INHERITS: Readonly<Record<CorpusVersion, Readonly<Record<string, readonly InheritsLink[]>>>> = {
  '17.0': { 'res.users': [{ parentModel: 'res.partner', field: 'partner_id' }], 'hr.employee': [{ parentModel: 'resource.resource', field: 'resource_id' }] },
  '18.0': { 'res.users': [{ parentModel: 'res.partner', field: 'partner_id' }], 'hr.employee': [{ parentModel: 'resource.resource', field: 'resource_id' }] },
  '19.0': {
    'res.users': [{ parentModel: 'res.partner', field: 'partner_id' }],
    'hr.employee': [{ parentModel: 'resource.resource', field: 'resource_id' }, { parentModel: 'hr.version', field: 'version_id' }],
  },
};

export function readModels(dir: string, installed: ReadonlySet<string>, version: CorpusVersion): ModelInfo[] {
  return parseCsv(readFileSync(join(dir, 'models.csv'), 'utf8'))
    .filter((r) => installed.has(r['module']!))
    .map((r) => ({
      name: r['model']!, description: r['description'] || null, kind: r['kind'] as ModelInfo['kind'], module: r['module']!,
      inherits: INHERITS[version][r['model']!] ?? [],
    }));
}

export function readFields(dir: string, installed: ReadonlySet<string>): FieldInfo[] {
  return parseCsv(readFileSync(join(dir, 'effective-field-groups.csv'), 'utf8'))
    .filter((r) => installed.has(r['model_declared_by']!) && (installed.has(r['set_by_module']!) || r['set_by_module']!.startsWith('(')))
    .map((r) => ({
      model: r['model']!, name: r['field']!, type: r['type']!, related: r['related'] || null,
      groups: r['groups']!.split(',').filter(Boolean).map((g) => (g.startsWith('!') ? { xmlid: g.slice(1), negated: true } : { xmlid: g, negated: false })),
      groupsSource: r['groups_source']!.startsWith('related') ? 'related' : 'explicit',
    }));
}

const PERSONAL_MODELS = new Set(['hr.employee', 'hr.version', 'hr.contract', 'hr.applicant', 'hr.candidate', 'res.users', 'res.partner.bank', 'hr.leave']);
const PERSONAL_NAME = /^(private_|spouse_|emergency_|visa_|passport|birthday|place_of_birth|country_of_birth|ssnid|sinid|identification_id|gender$|sex$|marital|children|bank_account|employee_bank_account|km_home_work|distance_home_work|permit_no|wage|contract_wage|hourly_wage|certificate|study_|additional_note|legal_name|partner_name|email_from|partner_phone|salary|id_card|driving_license|acc_number|private_car_plate)/;
/** Personal fields without `groups=` (not in effective-field-groups.csv), classified all the same. */
const UNGROUPED_PERSONAL = ['res.partner/email', 'res.partner/phone', 'res.partner/street', 'res.partner.bank/acc_number', 'hr.employee/work_email', 'hr.employee.public/work_email'];

/** A test classification: personal-looking fields of HR and partner models (the real one is privacy-catalog's). */
export function classify(fields: readonly FieldInfo[], installed: ReadonlySet<string>): Classification[] {
  const keys = fields.filter((f) => PERSONAL_MODELS.has(f.model) && PERSONAL_NAME.test(f.name)).map((f) => `${f.model}/${f.name}`);
  const hr = installed.has('hr');
  const extra = UNGROUPED_PERSONAL.filter((k) => hr || !k.startsWith('hr.'));
  return [...new Set([...keys, ...extra])].sort().map((key) => {
    const [model, field] = key.split('/') as [string, string];
    return { model, field, categories: ['user.test'], subjects: [model.startsWith('hr.') ? 'employee' : 'customer'] };
  });
}

import { defaultFieldDecisions, SUPPORTED_ODOO_VERSIONS } from './default-field-decisions.util';
import type { FieldDecision } from './field-decision.type';
import { UnsupportedVersionError } from './unsupported-version.error';

function decisionOf(version: string, model: string, field: string): FieldDecision | undefined {
  return defaultFieldDecisions(version).find((decision) => decision.model === model && decision.field === field);
}

describe('defaultFieldDecisions', () => {
  it('ships 17.0, 18.0 and 19.0', () => {
    expect(SUPPORTED_ODOO_VERSIONS).toEqual(['17.0', '18.0', '19.0']);
  });

  it.each([
    ['17.0', 'hr.employee', 'private_email', ['user.contact.email'], ['employee']],
    ['17.0', 'hr.employee', 'ssnid', ['user.government_id.national_identification_number'], ['employee']],
    ['17.0', 'hr.employee', 'sinid', ['user.government_id.national_identification_number'], ['employee']],
    ['17.0', 'hr.employee', 'gender', ['user.demographic.gender'], ['employee']],
    ['17.0', 'hr.employee', 'spouse_birthdate', ['user.demographic.date_of_birth'], ['employee', 'dependant']],
    ['17.0', 'hr.employee', 'bank_account_id', ['user.financial.bank_account'], ['employee']],
    ['17.0', 'res.users', 'private_street', ['user.contact.address.street'], ['employee']],
    ['17.0', 'hr.contract', 'wage', ['user.employment.compensation'], ['employee']],
    ['17.0', 'hr.applicant', 'partner_mobile', ['user.contact.phone_number'], ['applicant']],
    ['17.0', 'hr.applicant', 'salary_expected', ['user.employment.compensation'], ['applicant']],
    ['18.0', 'hr.employee', 'private_car_plate', ['user.government_id.vehicle_registration'], ['employee']],
    ['18.0', 'hr.contract', 'first_contract_date', ['user.employment.contract'], ['employee']],
    ['18.0', 'hr.candidate', 'email_from', ['user.contact.email'], ['applicant']],
    ['19.0', 'hr.version', 'private_street', ['user.contact.address.street'], ['employee']],
    ['19.0', 'hr.version', 'private_zip', ['user.contact.address.postal_code'], ['employee']],
    ['19.0', 'hr.version', 'ssnid', ['user.government_id.national_identification_number'], ['employee']],
    ['19.0', 'hr.version', 'passport_id', ['user.government_id.passport_number'], ['employee']],
    ['19.0', 'hr.version', 'sex', ['user.demographic.gender'], ['employee']],
    ['19.0', 'hr.version', 'marital', ['user.demographic.marital_status'], ['employee']],
    ['19.0', 'hr.version', 'children', ['user.demographic.dependants'], ['employee', 'dependant']],
    ['19.0', 'hr.version', 'country_id', ['user.demographic.nationality'], ['employee']],
    ['19.0', 'hr.version', 'wage', ['user.employment.compensation'], ['employee']],
    ['19.0', 'hr.employee', 'wage', ['user.employment.compensation'], ['employee']],
    ['19.0', 'hr.employee', 'bank_account_ids', ['user.financial.bank_account'], ['employee']],
    ['19.0', 'hr.employee', 'birthday_public_display_string', ['user.demographic.date_of_birth'], ['employee']],
    ['19.0', 'res.partner', 'email', ['user.contact.email'], ['contact', 'customer']],
    ['19.0', 'res.users', 'login', ['user.account.username'], ['user']],
  ])('%s %s.%s is %j of %j', (version, model, field, categories, subjects) => {
    expect(decisionOf(version, model, field)).toEqual({ model, field, personal: true, categories, subjects });
  });

  it.each([
    ['18.0', 'hr.employee', 'company_country_code'],
    ['19.0', 'hr.employee', 'company_country_code'],
    ['18.0', 'hr.employee', 'currency_id'],
    ['19.0', 'hr.version', 'is_in_contract'],
    ['19.0', 'hr.employee', 'message_follower_ids'],
    ['17.0', 'res.company', 'attendance_kiosk_key'],
  ])('%s %s.%s is not personal', (version, model, field) => {
    expect(decisionOf(version, model, field)).toMatchObject({ personal: false, reason: expect.any(String) });
  });

  it.each([
    ['19.0', 'res.partner', 'mobile'],
    ['19.0', 'hr.employee', 'sinid'],
    ['19.0', 'hr.contract', 'wage'],
    ['17.0', 'hr.version', 'ssnid'],
    ['17.0', 'hr.candidate', 'email_from'],
  ])('%s has no %s.%s (the field does not exist there)', (version, model, field) => {
    expect(decisionOf(version, model, field)).toBeUndefined();
  });

  it('rejects a version without shipped data', () => {
    expect(() => defaultFieldDecisions('16.0')).toThrow(UnsupportedVersionError);
    expect(() => defaultFieldDecisions('16.0')).toThrow('no default classification for Odoo 16.0 (supported: 17.0, 18.0, 19.0)');
  });
});

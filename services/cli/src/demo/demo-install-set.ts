/**
 * The apps a typical company runs, which bring in the groups that matter for HR data (Employees,
 * Timesheets, Time Off, Recruitment, Contracts…). Modules absent from a version are skipped.
 */
export const demoApps = [
  'hr_timesheet', 'hr_holidays', 'hr_recruitment', 'hr_contract', 'hr_expense', 'hr_attendance', 'hr_skills',
  'project', 'sale_management', 'purchase', 'stock', 'crm', 'account',
] as const;

export const demoVersions = ['17.0', '18.0', '19.0'] as const;

export const demoUsers = 300;

/** Job roles the demo users are drawn from (each a handful of application groups). */
export const demoJobRoles = 25;

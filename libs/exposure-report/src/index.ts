export type { ExposureAccess, ExposureCount, ExposureScope } from './exposure-access.type';
export type { ExposureReportOptions } from './exposure-report-options.type';
export type { GroupExposureEntry, GroupExposureReport, GroupFieldAccess } from './group-exposure-report.type';
export type { FieldExposureEntry, FieldExposureReport, FieldGroupReader, FieldUserReader } from './field-exposure-report.type';
export type { UserExposureEntry, UserExposureReport, UserFieldAccess } from './user-exposure-report.type';

export type { RestrictingRule } from './restricting-rule.type';
export { describeRestriction } from './restricting-rules.util';
export { headlineVia } from './headline-via.util';

export { withClassifications } from './with-classifications.util';
export { hrDataFilter } from './hr-data-filter.util';
export { exposureByGroup } from './exposure-by-group.util';
export { exposureByField } from './exposure-by-field.util';
export { exposureByUser } from './exposure-by-user.util';

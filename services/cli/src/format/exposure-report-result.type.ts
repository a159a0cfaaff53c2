import type { FieldExposureReport, GroupExposureReport, UserExposureReport } from '@sightline/exposure-report';

export type ExposureBy = 'group' | 'field' | 'user';
export type ExposureFormat = 'text' | 'json' | 'csv';

export type ExposureReportResult =
  | { readonly by: 'group'; readonly report: GroupExposureReport }
  | { readonly by: 'field'; readonly report: FieldExposureReport }
  | { readonly by: 'user'; readonly report: UserExposureReport };

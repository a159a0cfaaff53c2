import type { FieldExposureReport, GroupExposureReport, UserExposureReport } from '@sightline/exposure-report';

export type ExposureBy = 'group' | 'field' | 'user';
export type ExposureFormat = 'text' | 'json' | 'csv';

/** What the report was computed from, for the text header. */
export interface ExposureSource {
  readonly odooVersion: string;
  readonly modules: number;
  readonly readWarnings: number;
}

export type ExposureReportResult = (
  | { readonly by: 'group'; readonly report: GroupExposureReport }
  | { readonly by: 'field'; readonly report: FieldExposureReport }
  | { readonly by: 'user'; readonly report: UserExposureReport }
) & { readonly source?: ExposureSource };

import type { CheckReport } from '../model/check-report.type';

/** The `sightline.check/v1` document, two-space indented. */
export function formatJson(report: CheckReport): string {
  return JSON.stringify(report, null, 2) + '\n';
}

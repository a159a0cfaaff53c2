import type { CheckReport } from '../model/check-report.type';
import type { CheckFormat } from './check-format.type';
import { formatGithub } from './format-github.util';
import { formatJson } from './format-json.util';
import { formatJunit } from './format-junit.util';
import { formatSarif } from './format-sarif.util';
import { formatText } from './format-text.util';

/** The report in one of the `--format` formats; `color` only applies to text. */
export function formatCheckReport(report: CheckReport, format: CheckFormat, color = false): string {
  switch (format) {
    case 'text':
      return formatText(report, color);
    case 'json':
      return formatJson(report);
    case 'sarif':
      return formatSarif(report);
    case 'junit':
      return formatJunit(report);
    case 'github':
      return formatGithub(report);
  }
}

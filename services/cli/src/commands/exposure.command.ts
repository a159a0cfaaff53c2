import { exposureByField, exposureByGroup, exposureByUser, withClassifications, type ExposureReportOptions } from '@sightline/exposure-report';
import type { Snapshot } from '@sightline/odoo-model';
import { formatExposureCsv } from '../format/exposure-csv.util';
import { formatExposureJson } from '../format/exposure-json.util';
import type { ExposureBy, ExposureFormat, ExposureReportResult } from '../format/exposure-report-result.type';
import { formatExposureText } from '../format/exposure-text.util';
import { exposureCatalog } from './exposure-catalog.util';
import { exposureCategoryFilter } from './exposure-category-filter.util';
import { readExposureSnapshot, type ExposureSourceOptions } from './exposure-snapshot.util';

export interface ExposureOptions extends ExposureSourceOptions {
  classification?: string;
  by: ExposureBy;
  category: string;
  format: ExposureFormat;
  counts?: boolean;
}

const FORMATTERS: Record<ExposureFormat, (result: ExposureReportResult) => string> = {
  text: formatExposureText,
  json: formatExposureJson,
  csv: formatExposureCsv,
};

/** Classifies the snapshot (catalog of its version + overrides) and prints who reaches which personal data. */
export async function reportExposure(options: ExposureOptions, out: NodeJS.WritableStream): Promise<number> {
  const raw = await readExposureSnapshot(options);
  const catalog = await exposureCatalog(raw, options.classification);
  const snapshot = withClassifications(raw, catalog.classifications);
  const reportOptions: ExposureReportOptions = { filter: exposureCategoryFilter(options.category, catalog), counts: options.counts };
  const source = { odooVersion: raw.meta.odooVersion, modules: raw.meta.modules.length, readWarnings: raw.meta.warnings.length };
  await writeFully(out, FORMATTERS[options.format]({ ...buildReport(options.by, snapshot, reportOptions), source }));
  return 0;
}

/** main.ts calls process.exit when the command resolves, which would cut a large report short on a pipe. */
function writeFully(out: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve, reject) => out.write(text, (error) => (error ? reject(error) : resolve())));
}

function buildReport(by: ExposureBy, snapshot: Snapshot, options: ExposureReportOptions): ExposureReportResult {
  if (by === 'group') return { by, report: exposureByGroup(snapshot, options) };
  if (by === 'field') return { by, report: exposureByField(snapshot, options) };
  return { by, report: exposureByUser(snapshot, options) };
}

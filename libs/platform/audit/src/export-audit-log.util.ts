import type { Writable } from 'node:stream';
import type { DataSource } from 'typeorm';
import { readAuditLog } from './read-audit-log.util';

export const auditExportFormat = 'sightline-audit-export/1';

export interface AuditExportSummary {
  entries: number;
  checkpoints: number;
}

/**
 * Writes JSON Lines: a header, the signed checkpoints, then every entry in ascending seq. The file
 * verifies offline with importAndVerify and the signing public key, never with a key it carries.
 */
export function exportAuditLog(db: DataSource, output: Writable, scope: { tenantId?: string | null } = {}): Promise<AuditExportSummary> {
  return readAuditLog(db, scope, async (reader) => {
    await writeLine(output, { type: 'header', format: auditExportFormat, tenantId: scope.tenantId, exportedAt: new Date().toISOString() });
    for (const checkpoint of reader.checkpoints) await writeLine(output, { type: 'checkpoint', ...checkpoint });
    let entries = 0;
    for await (const entry of reader.entries()) {
      await writeLine(output, { type: 'entry', ...entry });
      entries += 1;
    }
    return { entries, checkpoints: reader.checkpoints.length };
  });
}

function writeLine(output: Writable, value: unknown): Promise<void> {
  return new Promise((resolve, reject) => {
    const flushed = output.write(`${JSON.stringify(value)}\n`, (error) => (error ? reject(error) : undefined));
    if (flushed) resolve();
    else output.once('drain', resolve);
  });
}

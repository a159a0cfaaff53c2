import type { KeyObject } from 'node:crypto';
import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { createInterface } from 'node:readline';
import { AuditChainVerifier } from './audit-chain-verifier';
import type { AuditVerification } from './audit-chain-verifier';
import type { AuditCheckpoint, AuditEntry } from './audit-entry';
import { auditExportFormat } from './export-audit-log.util';

/**
 * Verifies an export file offline (no database): the header, then checkpoints, then entries in
 * ascending seq. A malformed file is reported as broken at the line it fails on.
 */
export async function importAndVerify(source: string | Readable, trustedKeys: KeyObject[]): Promise<AuditVerification> {
  const lines = createInterface({ input: typeof source === 'string' ? createReadStream(source) : source, crlfDelay: Infinity });
  const checkpoints: AuditCheckpoint[] = [];
  let verifier: AuditChainVerifier | undefined;
  let lineNumber = 0;
  for await (const line of lines) {
    lineNumber += 1;
    if (line.trim() === '') continue;
    let record: { type?: string; format?: string } & Record<string, unknown>;
    try {
      record = JSON.parse(line);
    } catch {
      return malformed(lineNumber, 'is not JSON');
    }
    if (lineNumber === 1) {
      if (record.type !== 'header' || record.format !== auditExportFormat) return malformed(lineNumber, `is not a ${auditExportFormat} header`);
    } else if (record.type === 'checkpoint' && !verifier) {
      const { type: _type, ...checkpoint } = record;
      checkpoints.push(checkpoint as unknown as AuditCheckpoint);
    } else if (record.type === 'entry') {
      verifier ??= new AuditChainVerifier(checkpoints, trustedKeys);
      const { type: _type, ...entry } = record;
      try {
        verifier.add(entry as unknown as AuditEntry);
      } catch {
        return malformed(lineNumber, 'is not a well-formed entry');
      }
    } else {
      return malformed(lineNumber, `has unexpected type ${JSON.stringify(record.type)} here`);
    }
  }
  if (lineNumber === 0) return malformed(0, 'the file is empty');
  return (verifier ?? new AuditChainVerifier(checkpoints, trustedKeys)).finish();
}

function malformed(line: number, problem: string): AuditVerification {
  return { ok: false, entries: 0, checkpoints: 0, reason: `line ${line} ${problem}` };
}

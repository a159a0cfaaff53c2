export type {
  AuditActor,
  AuditActorKind,
  AuditCheckpoint,
  AuditEntry,
  AuditEntryInput,
  AuditOrigin,
  AuditOutcome,
} from './audit-entry';
export { auditActorKinds, auditOutcomes, genesisHash } from './audit-entry';
export { canonicalJson } from './canonical-json.util';
export { computeEntryHash } from './compute-entry-hash.util';
export { AuditSigner, auditKeyId } from './audit-signer';
export { loadAuditSigningKey } from './load-audit-signing-key.util';
export { isCheckpointSignatureValid } from './is-checkpoint-signature-valid.util';
export { AuditChainVerifier } from './audit-chain-verifier';
export type { AuditVerification } from './audit-chain-verifier';
export { auditWriterRole } from './audit-writer-role';
export { auditMigrations, auditSchema, openAuditDatabase } from './audit-database';
export { AuditLog } from './audit-log.service';
export { verifyAuditLog } from './verify-audit-log.util';
export type { VerifyAuditLogOptions } from './verify-audit-log.util';
export { countAuditLog, queryAuditLog } from './query-audit-log.util';
export type { AuditPage, AuditQuery } from './query-audit-log.util';
export { exportAuditLog, auditExportFormat } from './export-audit-log.util';
export type { AuditExportSummary } from './export-audit-log.util';
export { importAndVerify } from './import-and-verify.util';
export { decodeAuditPublicKey, encodeAuditPublicKey } from './audit-public-key.util';
export { configuredAuditSigningKey, trustedAuditKeys } from './configured-audit-keys.util';

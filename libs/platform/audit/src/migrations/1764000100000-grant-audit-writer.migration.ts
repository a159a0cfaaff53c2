import type { MigrationInterface, QueryRunner } from 'typeorm';
import { ensureRole, grantToCurrentUser } from '@sightline/platform-db';
import { auditWriterRole } from '../audit-writer-role';

/** Lets the services' login role act as the audit writer, which may insert and read but never change the log. */
export class GrantAuditWriter1764000100000 implements MigrationInterface {
  name = 'GrantAuditWriter1764000100000';

  async up(db: QueryRunner): Promise<void> {
    await ensureRole(db, auditWriterRole, grantToCurrentUser(auditWriterRole));
  }

  async down(): Promise<void> {
    // Membership is harmless to keep; the role itself belongs to the first migration.
  }
}

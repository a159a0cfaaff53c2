import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type SnapshotSourceKind = 'addons' | 'live';

export interface SnapshotCounts {
  modules: number;
  groups: number;
  users: number;
  models: number;
  fields: number;
  acls: number;
  rules: number;
}

@Entity({ name: 'snapshot' })
export class SnapshotEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'source_kind', type: 'text' })
  sourceKind!: SnapshotSourceKind;

  @Column({ type: 'text' })
  label!: string;

  @Column({ name: 'odoo_version', type: 'text' })
  odooVersion!: string;

  @Column({ name: 'content_hash', type: 'text' })
  contentHash!: string;

  @Column({ type: 'jsonb' })
  counts!: SnapshotCounts;

  /** The canonical JSON of the snapshot, kept whole so any result can be reproduced from it. */
  @Column({ type: 'jsonb', select: false })
  document!: unknown;

  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ name: 'source_description', type: 'text' })
  sourceDescription!: string;

  @Column({ name: 'schema_version', type: 'int' })
  schemaVersion!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export type JobKind = 'sync' | 'import-addons';
export type JobStatus = 'queued' | 'running' | 'succeeded' | 'failed';

export interface JobProgress {
  phase?: string;
  done?: number;
  total?: number | null;
}

@Entity({ name: 'job' })
export class JobEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ name: 'source_id', type: 'uuid' }) sourceId!: string;
  @Column({ type: 'text' }) kind!: JobKind;
  @Column({ type: 'text' }) status!: JobStatus;
  @Column({ type: 'jsonb' }) progress!: JobProgress;
  @Column({ type: 'text', nullable: true }) error!: string | null;
  @Column({ name: 'snapshot_id', type: 'uuid', nullable: true }) snapshotId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @Column({ name: 'started_at', type: 'timestamptz', nullable: true }) startedAt!: Date | null;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt!: Date | null;
}

import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

/** A tenant's decision on one field, replacing the catalog's default for every snapshot of the tenant. */
@Entity({ name: 'classification_override' })
export class ClassificationOverrideEntity {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'text' })
  model!: string;

  @Column({ type: 'text' })
  field!: string;

  @Column({ type: 'boolean' })
  personal!: boolean;

  @Column({ type: 'text', array: true })
  categories!: string[];

  @Column({ type: 'text', array: true })
  subjects!: string[];

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}

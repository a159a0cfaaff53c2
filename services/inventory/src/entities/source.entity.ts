import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export type SourceKind = 'odoo' | 'addons';
export type OdooProtocol = 'jsonrpc' | 'xmlrpc' | 'json2';

@Entity({ name: 'source' })
export class SourceEntity {
  @PrimaryGeneratedColumn('uuid') id!: string;
  @Column({ name: 'tenant_id', type: 'uuid' }) tenantId!: string;
  @Column({ type: 'text' }) kind!: SourceKind;
  @Column({ type: 'text' }) name!: string;
  @Column({ name: 'odoo_url', type: 'text', nullable: true }) odooUrl!: string | null;
  @Column({ name: 'odoo_database', type: 'text', nullable: true }) odooDatabase!: string | null;
  @Column({ name: 'odoo_login', type: 'text', nullable: true }) odooLogin!: string | null;
  @Column({ name: 'odoo_protocol', type: 'text', nullable: true }) odooProtocol!: OdooProtocol | null;
  @Column({ name: 'addons_paths', type: 'text', array: true }) addonsPaths!: string[];
  @Column({ name: 'install_modules', type: 'text', array: true }) installModules!: string[];
  @Column({ name: 'odoo_version', type: 'text', nullable: true }) odooVersion!: string | null;
  /** The sealed API key or password; never selected unless a sync needs it. */
  @Column({ type: 'bytea', nullable: true, select: false }) credential!: Buffer | null;
  @Column({ name: 'current_snapshot_id', type: 'uuid', nullable: true }) currentSnapshotId!: string | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt!: Date;
  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' }) updatedAt!: Date;
}

import type { DataSource } from 'typeorm';
import { In } from 'typeorm';
import { OdooAccessError, OdooAddressPolicy, OdooAddressRefusedError, OdooAuthenticationError, OdooRpcError } from '@sightline/odoo-rpc';
import type { SecretBox } from '@sightline/platform-secrets';
import { JobEntity } from '../entities/job.entity';
import type { JobKind, JobProgress } from '../entities/job.entity';
import { SourceEntity } from '../entities/source.entity';
import type { StoreSnapshotUseCase } from '../snapshots/store-snapshot.use-case';
import type { SnapshotProducers } from './snapshot-producer';
import type { AuditActor, AuditEntryInput } from '@sightline/platform-audit';

/** Where syncs, imports and each use of a stored Odoo credential are recorded (the audit log). */
export type JobAudit = (entry: AuditEntryInput) => Promise<unknown>;

const runner: AuditActor = { kind: 'system', id: 'inventory-job-runner' };

const progressIntervalMs = 250;

/**
 * Runs syncs and addon imports in this process, one at a time per source, recording status and
 * progress in inventory.job. A job that fails leaves the source's current snapshot as it was.
 */
export class JobRunner {
  private readonly running = new Set<Promise<void>>();

  constructor(
    private readonly dataSource: DataSource,
    private readonly store: StoreSnapshotUseCase,
    private readonly producers: SnapshotProducers,
    private readonly secrets: SecretBox,
    private readonly audit: JobAudit = async () => undefined,
    /** Where live syncs may connect: by default no loopback, private, link-local or metadata address. */
    private readonly addressPolicy: OdooAddressPolicy = new OdooAddressPolicy(),
  ) {}

  /** Queues a job for the source, or returns the one already queued or running. */
  async start(source: SourceEntity, kind: JobKind, requestedBy: AuditActor = runner, origin: AuditEntryInput['origin'] = {}): Promise<JobEntity> {
    const jobs = this.dataSource.getRepository(JobEntity);
    const active = await jobs.findOneBy({ sourceId: source.id, status: In(['queued', 'running']) });
    if (active) return active;
    const job = await jobs.save(jobs.create({ tenantId: source.tenantId, sourceId: source.id, kind, status: 'queued', progress: {} }));
    await this.audit({
      tenantId: source.tenantId, actor: requestedBy, action: `${kind}.start`, objectType: 'Source', objectIds: [source.id], origin, outcome: 'success',
      details: { jobId: job.id, source: source.name },
    });
    const run = this.run(job.id, source.id).finally(() => this.running.delete(run));
    this.running.add(run);
    return job;
  }

  /** Resolves when every job started by this runner has finished (tests, shutdown). */
  async whenIdle(): Promise<void> {
    while (this.running.size > 0) await Promise.allSettled([...this.running]);
  }

  /**
   * Jobs left queued or running by a process that stopped will never finish: say so. Called at
   * start by the one process that runs jobs (a shared queue with heartbeats replaces this when
   * several processes run jobs).
   */
  async failInterrupted(): Promise<number> {
    const result = await this.dataSource.query(
      `update inventory.job set status = 'failed', error = 'interrupted: the service stopped before the job finished', finished_at = now()
       where status in ('queued', 'running')`,
    );
    return result[1] ?? 0;
  }

  private async run(jobId: string, sourceId: string): Promise<void> {
    const jobs = this.dataSource.getRepository(JobEntity);
    await jobs.update(jobId, { status: 'running', startedAt: new Date() });
    let tenantId: string | undefined;
    let kind: JobKind = 'sync';
    try {
      const source = await this.dataSource
        .getRepository(SourceEntity)
        .createQueryBuilder('s')
        .addSelect('s.credential')
        .where('s.id = :id', { id: sourceId })
        .getOneOrFail();
      tenantId = source.tenantId;
      kind = source.kind === 'odoo' ? 'sync' : 'import-addons';
      const producer = source.kind === 'odoo' ? this.producers.odoo : this.producers.addons;
      const progress = throttledProgress((p) => jobs.update(jobId, { progress: p }));
      if (source.credential) {
        await this.audit({
          tenantId, actor: runner, action: 'credential.use', objectType: 'Source', objectIds: [source.id], outcome: 'success',
          details: { purpose: 'Odoo external API', jobId, url: source.odooUrl, login: source.odooLogin },
        });
      }
      const snapshot = await producer(source, {
        credential: source.credential ? this.secrets.open(source.credential, source.id) : null,
        onProgress: progress.report,
        addressPolicy: this.addressPolicy,
      });
      await progress.flush();
      const stored = await this.store.execute({ tenantId: source.tenantId, snapshot, label: `${source.name} (${snapshot.meta.source.description})`, sourceId });
      // Recorded before the job turns terminal, so whoever sees it finished finds the entry. The job's
      // row records the outcome too: an audit outage must not turn a stored snapshot into a failed job.
      await this.audit({
        tenantId, actor: runner, action: `${kind}.finish`, objectType: 'Source', objectIds: [sourceId, stored.id], outcome: 'success',
        details: { jobId, snapshotId: stored.id, contentHash: stored.contentHash },
      }).catch(() => undefined);
      await jobs.update(jobId, { status: 'succeeded', snapshotId: stored.id, finishedAt: new Date(), progress: { phase: 'done' } });
    } catch (error) {
      const reported = reportedFailure(error);
      if (tenantId) {
        await this.audit({ tenantId, actor: runner, action: `${kind}.finish`, objectType: 'Source', objectIds: [sourceId], outcome: 'failure', details: { jobId, error: reported } })
          .catch(() => undefined);
      }
      await jobs.update(jobId, { status: 'failed', error: reported, finishedAt: new Date() });
    }
  }
}

function throttledProgress(save: (progress: JobProgress) => Promise<unknown>) {
  let last = 0;
  let pending: JobProgress | null = null;
  let saving: Promise<unknown> = Promise.resolve();
  const write = () => {
    if (!pending) return;
    const next = pending;
    pending = null;
    last = Date.now();
    saving = saving.then(() => save(next)).catch(() => undefined);
  };
  return {
    report(progress: JobProgress) {
      pending = progress;
      if (Date.now() - last >= progressIntervalMs) write();
    },
    async flush() {
      write();
      await saving;
    },
  };
}

/**
 * What a failed job says. A live sync's failures are reported generically: the URL is the
 * requester's, so its answer's bytes, and whether a port was closed or answered something other
 * than Odoo, must not come back (a port scanner and an echo otherwise). Addon-tree reads keep their
 * file:line messages.
 */
function reportedFailure(error: unknown): string {
  if (error instanceof OdooAddressRefusedError) {
    return 'refused: the source URL is a loopback, private, link-local or metadata address (an operator may allow it with SIGHTLINE_ODOO_ALLOWED_HOSTS)';
  }
  if (error instanceof OdooAuthenticationError) return 'Odoo refused the login and API key (authentication failed): set the right key with setSourceCredential';
  if (error instanceof OdooAccessError) return "Odoo refused to let the source's login read the security data Sightline needs (access rights)";
  if (error instanceof OdooRpcError) return 'no usable answer from an Odoo server at the source URL (it could not be reached, did not answer in time, or did not answer as Odoo does)';
  return messageOf(error);
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

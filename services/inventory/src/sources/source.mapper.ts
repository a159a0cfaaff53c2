import type { JobEntity } from '../entities/job.entity';
import type { SourceEntity } from '../entities/source.entity';
import type { JobType, OdooProtocolEnum, SourceType } from './source.type';

export function toSourceType(source: SourceEntity): SourceType {
  return {
    id: source.id, kind: source.kind, name: source.name, odooUrl: source.odooUrl, odooDatabase: source.odooDatabase,
    odooLogin: source.odooLogin, protocol: source.odooProtocol as OdooProtocolEnum | null, addonsPaths: source.addonsPaths,
    installModules: source.installModules, odooVersion: source.odooVersion, currentSnapshotId: source.currentSnapshotId,
    createdAt: source.createdAt,
  };
}

export function toJobType(job: JobEntity): JobType {
  return {
    id: job.id, sourceId: job.sourceId, kind: job.kind, status: job.status,
    progress: { phase: job.progress.phase ?? null, done: job.progress.done ?? null, total: job.progress.total ?? null },
    error: job.error, snapshotId: job.snapshotId, createdAt: job.createdAt, startedAt: job.startedAt, finishedAt: job.finishedAt,
  };
}

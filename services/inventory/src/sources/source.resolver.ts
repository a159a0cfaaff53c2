import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { DataSource } from 'typeorm';
import { auditActorOf, auditOriginOf, Can, NotFoundError, PageArgs, toConnection, toOffsetPage, UserInputError } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import { JobEntity } from '../entities/job.entity';
import type { JobAudit, JobRunner } from '../jobs/job-runner';
import type { SourceEntity } from '../entities/source.entity';
import type { SourceService } from './source.service';
import { toJobType, toSourceType } from './source.mapper';
import { CreateAddonsSourceInput, CreateOdooSourceInput, JobType, SourceConnection, SourceType } from './source.type';

@Resolver(() => SourceType)
export class SourceResolver {
  constructor(
    private readonly dataSource: DataSource,
    private readonly sourceService: SourceService,
    private readonly jobs: JobRunner,
    private readonly audit: JobAudit,
  ) {}

  /** Records a change to a source (never its API key) in the tenant's audit log. */
  private record(context: RequestContext, action: string, source: SourceEntity, details: Record<string, unknown> = {}) {
    return this.audit({
      tenantId: context.tenantId, actor: auditActorOf(context.principal), action, objectType: 'Source', objectIds: [source.id],
      origin: auditOriginOf(context), outcome: 'success',
      details: { name: source.name, kind: source.kind, ...details },
    });
  }

  private tenantOf(context: RequestContext): Promise<string> {
    return Promise.resolve(context.tenantId);
  }

  private async sourceOrThrow(context: RequestContext, id: string, argument = 'sourceId') {
    const source = await this.sourceService.findById(await this.tenantOf(context), id);
    if (!source) throw new NotFoundError(`source (argument ${argument})`, id);
    return source;
  }

  @Can('read', 'Source')
  @Query(() => SourceConnection)
  async sources(@Args(() => PageArgs) args: PageArgs, @Ctx() ctx: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.sourceService.list(await this.tenantOf(ctx), page);
    return toConnection(rows.map(toSourceType), page, total);
  }

  @Can('read', 'Source')
  @Query(() => SourceType, { nullable: true })
  async source(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const source = await this.sourceService.findById(await this.tenantOf(ctx), id);
    return source && toSourceType(source);
  }

  @Can('read', 'Source')
  @FieldResolver(() => Boolean, { description: 'Whether an API key is stored (the key itself is never returned).' })
  hasCredential(@Root() source: SourceType) {
    return this.sourceService.hasCredential(source.id);
  }

  @Can('read', 'Source')
  @FieldResolver(() => JobType, { nullable: true, description: 'The newest sync or import of this source.' })
  async lastJob(@Root() source: SourceType) {
    const job = await this.dataSource.getRepository(JobEntity).findOne({ where: { sourceId: source.id }, order: { createdAt: 'DESC' } });
    return job && toJobType(job);
  }

  @Can('read', 'Source')
  @Query(() => JobType, { nullable: true })
  async job(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    if (!/^[0-9a-f-]{36}$/i.test(id)) return null;
    const job = await this.dataSource.getRepository(JobEntity).findOneBy({ id, tenantId: await this.tenantOf(ctx) });
    return job && toJobType(job);
  }

  @Can('create', 'Source')
  @Mutation(() => SourceType, { description: 'Registers a live Odoo database; the API key is encrypted at rest.' })
  async createOdooSource(@Arg('input', () => CreateOdooSourceInput) input: CreateOdooSourceInput, @Ctx() ctx: RequestContext) {
    const { apiKey, ...rest } = input;
    const source = await this.sourceService.createOdoo(await this.tenantOf(ctx), { ...rest, secret: apiKey });
    await this.record(ctx, 'source.create', source, { url: source.odooUrl, database: source.odooDatabase, login: source.odooLogin, protocol: source.odooProtocol, credential: 'set' });
    return toSourceType(source);
  }

  @Can('create', 'Source')
  @Mutation(() => SourceType, { description: 'Registers addon source trees readable by the server.' })
  async createAddonsSource(@Arg('input', () => CreateAddonsSourceInput) input: CreateAddonsSourceInput, @Ctx() ctx: RequestContext) {
    const source = await this.sourceService.createAddons(await this.tenantOf(ctx), input);
    await this.record(ctx, 'source.create', source, { addonsPaths: source.addonsPaths });
    return toSourceType(source);
  }

  @Can('update', 'Credential')
  @Mutation(() => SourceType, { description: 'Replaces the API key of an Odoo source.' })
  async setSourceCredential(@Arg('sourceId', () => ID) sourceId: string, @Arg('apiKey') apiKey: string, @Ctx() ctx: RequestContext) {
    const source = await this.sourceOrThrow(ctx, sourceId);
    if (source.kind !== 'odoo') throw new UserInputError('sourceId', 'is not an Odoo source');
    await this.sourceService.setCredential(source, apiKey);
    await this.record(ctx, 'credential.set', source, { purpose: 'Odoo external API' });
    return toSourceType(source);
  }

  @Can('delete', 'Source')
  @Mutation(() => Boolean)
  async deleteSource(@Arg('id', () => ID) id: string, @Ctx() ctx: RequestContext) {
    const tenantId = await this.tenantOf(ctx);
    const source = await this.sourceService.findById(tenantId, id);
    if (!source || !(await this.sourceService.delete(tenantId, id))) return false;
    await this.record(ctx, 'source.delete', source, source.kind === 'odoo' ? { url: source.odooUrl } : { addonsPaths: source.addonsPaths });
    return true;
  }

  @Can('run', 'Source')
  @Mutation(() => JobType, { description: 'Starts a sync of a live Odoo source (or returns the one under way).' })
  async syncSource(@Arg('sourceId', () => ID) sourceId: string, @Ctx() ctx: RequestContext) {
    const source = await this.sourceOrThrow(ctx, sourceId);
    if (source.kind !== 'odoo') throw new UserInputError('sourceId', 'is an addons source: use importAddons');
    return toJobType(await this.jobs.start(source, 'sync', auditActorOf(ctx.principal), auditOriginOf(ctx)));
  }

  @Can('run', 'Source')
  @Mutation(() => JobType, { description: 'Starts reading an addons source into a snapshot (or returns the one under way).' })
  async importAddons(@Arg('sourceId', () => ID) sourceId: string, @Ctx() ctx: RequestContext) {
    const source = await this.sourceOrThrow(ctx, sourceId);
    if (source.kind !== 'addons') throw new UserInputError('sourceId', 'is an Odoo source: use syncSource');
    return toJobType(await this.jobs.start(source, 'import-addons', auditActorOf(ctx.principal), auditOriginOf(ctx)));
  }
}

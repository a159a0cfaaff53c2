import { Arg, Args, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import { Can, NotFoundError, PageArgs, toConnection, toOffsetPage } from '@sightline/platform-graphql';
import type { RequestContext } from '@sightline/platform-graphql';
import type { ClassificationOverrideService } from '../overrides/classification-override.service';
import { validateFieldOverrideInput } from '../overrides/field-override-input.util';
import { ClassificationFieldInput, ClassifyFieldInput, DeclassifyFieldInput } from './classification-override.input';
import { toClassificationOverrideType } from './classification-override.mapper';
import { ClassificationOverrideConnection, ClassificationOverrideType } from './classification-override.type';

@Resolver(() => ClassificationOverrideType)
export class ClassificationOverrideResolver {
  constructor(
    private readonly overrides: ClassificationOverrideService,
  ) {}

  @Can('read', 'Policy')
  @Query(() => ClassificationOverrideConnection, { description: "The tenant's classification overrides, by model and field." })
  async classificationOverrides(@Args(() => PageArgs) args: PageArgs, @Ctx() context: RequestContext) {
    const page = toOffsetPage(args);
    const [rows, total] = await this.overrides.page(context.tenantId, page);
    return toConnection(rows.map(toClassificationOverrideType), page, total);
  }

  @Can('update', 'Policy')
  @Mutation(() => ClassificationOverrideType, { description: 'Declares a field personal data with these categories and subjects, replacing any decision on it.' })
  async classifyField(@Arg('input', () => ClassifyFieldInput) input: ClassifyFieldInput, @Ctx() context: RequestContext) {
    const override = validateFieldOverrideInput({ ...input, personal: true });
    return toClassificationOverrideType(await this.overrides.put(context.tenantId, override, input.reason ?? null));
  }

  @Can('update', 'Policy')
  @Mutation(() => ClassificationOverrideType, { description: 'Declares a field not personal data, replacing any decision on it.' })
  async declassifyField(@Arg('input', () => DeclassifyFieldInput) input: DeclassifyFieldInput, @Ctx() context: RequestContext) {
    const override = validateFieldOverrideInput({ ...input, personal: false });
    return toClassificationOverrideType(await this.overrides.put(context.tenantId, override, input.reason ?? null));
  }

  @Can('update', 'Policy')
  @Mutation(() => ClassificationOverrideType, { description: "Removes the tenant's override of a field (the catalog's default applies again); returns it." })
  async removeClassificationOverride(@Arg('input', () => ClassificationFieldInput) input: ClassificationFieldInput, @Ctx() context: RequestContext) {
    const removed = await this.overrides.remove(context.tenantId, input.model, input.field);
    if (!removed) throw new NotFoundError('classification override', `${input.model}/${input.field}`);
    return toClassificationOverrideType(removed);
  }
}

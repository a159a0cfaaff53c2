import type { FieldExposure } from '@sightline/access-engine';
import { compareStrings } from '@sightline/odoo-model';
import type { Taxonomy } from '@sightline/privacy-catalog';
import type { Connection } from '@sightline/platform-graphql';
import { pageList } from '../graphql/page-list.util';
import type { FieldExposureListArgs } from './field-exposure-list.args';
import { fieldPredicate } from './field-filter.util';
import { toFieldExposure } from './field-grant.mapper';
import type { FieldExposureType } from './field-exposure.type';

/** A page of field exposures matching the filter, by model and field. */
export function pageFieldExposures(exposures: readonly FieldExposure[], taxonomy: Taxonomy, args: FieldExposureListArgs): Connection<FieldExposureType> {
  const matches = fieldPredicate({ category: args.category, model: args.model }, taxonomy);
  const selected = exposures
    .filter((e) => matches(e.field))
    .sort((a, b) => compareStrings(a.field.model, b.field.model) || compareStrings(a.field.field, b.field.field));
  const connection = pageList(selected, args);
  return { ...connection, edges: connection.edges.map((edge) => ({ cursor: edge.cursor, node: toFieldExposure(edge.node, taxonomy) })) };
}

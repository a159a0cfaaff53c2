import type { AccessEngine } from '../engine/access-engine';
import { closureOf } from '../groups/group-closures.util';
import { ImplicationPaths } from '../groups/implication-paths';
import type { FieldExposure } from './field-exposure.type';
import type { HypotheticalExposure } from './hypothetical-exposure.type';
import { viaPathsOf } from './via-paths.util';

/**
 * The exposure of a member explicitly holding the groups of `layers` (implication paths are taken
 * from the first layer when it reaches a group, then from the next). Unknown XML ids are ignored.
 */
export function computeHypotheticalExposure(engine: AccessEngine, layers: readonly (readonly string[])[]): HypotheticalExposure {
  const { index, graph, closures } = engine.groupContext;
  const bitLayers = layers.map((layer) => layer.map((x) => index.bitOf(x)).filter((b): b is number => b !== undefined));
  const effective = closureOf(bitLayers.flat(), closures);
  const answers = engine.answersForGroups(effective);
  const paths = new ImplicationPaths(bitLayers, graph, index);
  const fields: FieldExposure[] = [];
  for (const field of engine.classifiedFields) {
    const cell = answers.cell(field);
    if (cell.read || cell.write) fields.push({ field, ...cell, via: viaPathsOf([cell.read, cell.write], paths, index) });
  }
  return {
    explicitGroupXmlids: bitLayers.flat().map((b) => index.xmlidOf(b)),
    effectiveGroupXmlids: effective.toArray().map((b) => index.xmlidOf(b)),
    fields,
  };
}

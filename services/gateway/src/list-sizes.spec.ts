import { buildSchema, getNamedType, getNullableType, isCompositeType, isInterfaceType, isListType, isObjectType } from 'graphql';
import { listSizes } from '@sightline/platform-http';
import { readSupergraph } from './supergraph';

describe('cost of plain lists', () => {
  it('declares a bound for every list of objects of the supergraph (a new one must be priced)', () => {
    const schema = buildSchema(readSupergraph());
    const lists: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (!(isObjectType(type) || isInterfaceType(type)) || type.name.startsWith('__') || type.name.endsWith('Connection')) continue;
      for (const field of Object.values(type.getFields())) {
        if (isListType(getNullableType(field.type)) && isCompositeType(getNamedType(field.type))) lists.push(`${type.name}.${field.name}`);
      }
    }
    expect(lists.filter((name) => listSizes[name] === undefined)).toEqual([]);
    expect(Object.keys(listSizes).filter((name) => !lists.includes(name))).toEqual([]);
  });
});

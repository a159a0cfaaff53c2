import { PyTuple } from '@sightline/odoo-python';
import { DomainError } from './domain.error';
import { domainFromValue } from './domain-from-value.util';
import { formatDomain } from './format-domain.util';

describe('domainFromValue', () => {
  it.each([
    [[], '[]'],
    [[new PyTuple([1, '=', 1])], '[]'],
    [[new PyTuple([0, '=', 1])], "[(0, '=', 1)]"],
    [['|', new PyTuple(['user_id', '=', 7]), ['user_id', '=', false]], "['|', ('user_id', '=', 7), ('user_id', '=', False)]"],
    [[['a', 'IN', [1, 2]], '!', ['b', '<>', null]], "[('a', 'in', [1, 2]), '!', ('b', '!=', None)]"],
    [[['tag_ids', 'any', [['name', '=', 'x']]]], "[('tag_ids', 'any', [('name', '=', 'x')])]"],
    [new PyTuple([new PyTuple(['a', '=', 1])]), "[('a', '=', 1)]"],
  ])('%j → %s', (value, expected) => {
    expect(formatDomain(domainFromValue(value))).toBe(expected);
  });

  it.each([
    ['nope', "a domain must be a list, found 'nope'"],
    [['|', ['a', '=', 1]], "domain operator is missing an operand in ['|', ['a', '=', 1]]"],
    [[['a', '=']], "invalid domain term ['a', '=']"],
    [[[1, '=', 2]], 'invalid field path in domain term [1, \'=\', 2]'],
    [[['a', '~', 2]], "unknown domain operator in ['a', '~', 2]"],
  ])('refuses %j', (value, message) => {
    expect(() => domainFromValue(value)).toThrow(DomainError);
    expect(() => domainFromValue(value)).toThrow(message);
  });
});

import { fieldNameTokens } from './field-name-tokens.util';
import { matchesStem } from './matches-stem.util';

describe('matchesStem', () => {
  it.each([
    ['birthday', 'birth*', false, true],
    ['spouse_birthdate', 'birth*', false, true],
    ['child_ids', 'children', false, false],
    ['x_social_security_no', 'social_security', false, true],
    ['x_social_media_security', 'social_security', false, false],
    ['private_street', 'private*', true, true],
    ['is_private', 'private*', true, false],
    ['zipcode', 'zip', false, false],
    ['Private_Email', 'email*', false, true],
  ])('%s ~ %s (at start: %s) → %s', (name, stem, atStart, expected) => {
    expect(matchesStem(fieldNameTokens(name), stem, atStart)).toBe(expected);
  });
});

describe('fieldNameTokens', () => {
  it.each([
    ['private_street2', ['private', 'street2']],
    ['x_private_notes', ['private', 'notes']],
    ['x_studio_private_notes', ['private', 'notes']],
    ['__last_update', ['last', 'update']],
  ])('%s → %j', (name, tokens) => {
    expect(fieldNameTokens(name)).toEqual(tokens);
  });
});

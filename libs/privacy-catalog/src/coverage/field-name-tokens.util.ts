/**
 * `private_street2` → `['private', 'street2']`. The `x_` / `x_studio_` prefix of custom fields is dropped,
 * so `x_private_notes` starts with `private` like a standard field would.
 */
export function fieldNameTokens(name: string): string[] {
  const tokens = name.toLowerCase().split('_').filter((token) => token !== '');
  const custom = tokens[0] === 'x' ? (tokens[1] === 'studio' ? 2 : 1) : 0;
  return tokens.slice(custom);
}

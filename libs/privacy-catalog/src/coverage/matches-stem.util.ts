/** The tokens contain the stem: `birth*` matches `birthday`; `social_security` matches two consecutive tokens. */
export function matchesStem(tokens: readonly string[], stem: string, atStart = false): boolean {
  const parts = stem.split('_');
  const last = atStart ? 0 : tokens.length - parts.length;
  for (let start = 0; start <= last; start++) {
    if (parts.every((part, offset) => matchesPart(tokens[start + offset], part))) return true;
  }
  return false;
}

function matchesPart(token: string | undefined, part: string): boolean {
  if (token === undefined) return false;
  return part.endsWith('*') ? token.startsWith(part.slice(0, -1)) : token === part;
}

/**
 * The regular expression of a SQL LIKE pattern: `%` any run, `_` one character, `\` escapes.
 * `like`/`ilike` leaves wrap their value in `%…%`; `=like`/`=ilike` use it as is.
 */
export function likePatternRegExp(pattern: string, caseInsensitive: boolean): RegExp {
  let source = '';
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === '\\' && i + 1 < pattern.length) source += escapeRegExp(pattern[++i]);
    else if (ch === '%') source += '[\\s\\S]*';
    else if (ch === '_') source += '[\\s\\S]';
    else source += escapeRegExp(ch);
  }
  return new RegExp(`^${source}$`, caseInsensitive ? 'iu' : 'u');
}

function escapeRegExp(ch: string): string {
  return /[.*+?^${}()|[\]\\/]/.test(ch) ? '\\' + ch : ch;
}

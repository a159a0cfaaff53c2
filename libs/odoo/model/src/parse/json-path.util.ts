/** `['groups', 3, 'xmlid']` → `$.groups[3].xmlid`; keys that are not identifiers are quoted. */
export function jsonPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, segment) => path + pathSegment(segment), '$');
}

function pathSegment(segment: string | number): string {
  if (typeof segment === 'number') return `[${segment}]`;
  return /^[A-Za-z_$][\w$]*$/.test(segment) ? `.${segment}` : `[${JSON.stringify(segment)}]`;
}

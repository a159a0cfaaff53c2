/** Orders by model, then field name (code-unit order: stable across locales). */
export function compareFields(a: { model: string; field: string }, b: { model: string; field: string }): number {
  return compareText(a.model, b.model) || compareText(a.field, b.field);
}

export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

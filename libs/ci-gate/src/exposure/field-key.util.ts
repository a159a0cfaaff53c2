/** `model/field`, the key the gate, the baseline and the policy use. */
export function fieldKey(ref: { readonly model: string; readonly field: string }): string {
  return `${ref.model}/${ref.field}`;
}

/** An x2many command once its targets are checked XML ids (create/update dropped, delete read as unlink). */
export type SetCommand =
  | { readonly op: 'link' | 'unlink'; readonly target: string }
  | { readonly op: 'set'; readonly targets: readonly string[] }
  | { readonly op: 'clear' };

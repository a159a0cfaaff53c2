import type { XmlRef } from './xml-ref.type';

/** An x2many write command, with targets as XML ids. */
export type X2ManyCommand =
  | { readonly op: 'link' | 'unlink' | 'delete'; readonly target: XmlRef }
  | { readonly op: 'set'; readonly targets: readonly XmlRef[] }
  | { readonly op: 'clear' }
  | { readonly op: 'create' | 'update' };

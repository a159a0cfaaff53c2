import type { DraftOrigin } from './record-drafts.type';
import type { SecurityDataStore } from './security-data.store';
import type { SetCommand } from './set-command.type';

/**
 * How one field of a security model is read. `target` is the model references must point to
 * (null: not checked, e.g. companies, which are not security records).
 */
export type FieldSpec<D> =
  | { readonly type: 'text'; readonly set: (draft: D, value: string | null) => void }
  | { readonly type: 'boolean'; readonly set: (draft: D, value: boolean) => void }
  | { readonly type: 'many2one'; readonly target: string | null; readonly set: (draft: D, xmlid: string | null) => void }
  /** A reference to `ir.model`, stored as the model name. */
  | { readonly type: 'model'; readonly set: (draft: D, model: string) => void }
  | {
      readonly type: 'x2many';
      readonly target: string | null;
      readonly apply: (draft: D, commands: readonly SetCommand[], store: SecurityDataStore) => void;
    };

/** A security model the reader understands: where its drafts live, their defaults, their fields. Other fields are ignored. */
export interface SecurityModelSpec<D extends DraftOrigin> {
  readonly model: string;
  readonly drafts: (store: SecurityDataStore) => Map<string, D>;
  readonly create: (xmlid: string) => D;
  readonly fields: Readonly<Record<string, FieldSpec<D>>>;
}

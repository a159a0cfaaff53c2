import type { PythonModelKind } from './python-model-class.type';
import type { SourceSite } from './source-site.type';

/** A model of the registry once every module is loaded. */
export interface OdooModelInfo {
  readonly name: string;
  /** From the model's own classes: a Model or TransientModel class makes it concrete. Undefined when no base is known. */
  readonly kind?: PythonModelKind;
  /** Abstract models (mixins such as `mail.thread`) have no table; their fields reach the models that inherit them. */
  readonly abstract: boolean;
  /** The class that created the model (a `_name` not listed in its own `_inherit`); undefined when only extensions were read. */
  readonly declaredBy?: SourceSite;
  /** Every module with a class of this model, in load order. */
  readonly modules: readonly string[];
}

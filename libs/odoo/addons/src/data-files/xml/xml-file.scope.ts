import type { PythonEnvironment } from '@sightline/odoo-python';
import { qualifyXmlId } from '@sightline/odoo-model';
import { DataFileProblemError } from '../data-file-problem.error';
import type { DataLoadEnv } from '../data-load-env.type';
import { evaluateAttribute } from '../eval/evaluate-attribute.util';
import { odooEvalEnvironment } from '../eval/odoo-eval-environment.util';
import type { FileReporter } from '../file.reporter';
import type { XmlAttribute, XmlElement } from './xml-element.type';
import type { XmlSource } from './xml-text.source';

/** One XML data file being read: its text, reporter, module and eval environment. */
export class XmlFileScope {
  readonly evalEnv: PythonEnvironment;

  constructor(
    readonly source: XmlSource,
    readonly reporter: FileReporter,
    readonly env: DataLoadEnv,
  ) {
    this.evalEnv = odooEvalEnvironment(this.module);
  }

  get module(): string {
    return this.reporter.context.module.name;
  }

  qualify(ref: string): string {
    return qualifyXmlId(ref, this.module);
  }

  attribute(element: XmlElement, name: string): string | undefined {
    return element.attributes.get(name)?.value;
  }

  evaluate(attribute: XmlAttribute): unknown {
    return evaluateAttribute(attribute, this.evalEnv, this.source);
  }

  /** The qualified XML id of an `id=` attribute; Odoo allows at most one dot. */
  xmlId(element: XmlElement, raw: string): string {
    if (raw.split('.').length > 2) throw new DataFileProblemError(`invalid XML id "${raw}": at most one dot`, element.line, element.column);
    return this.qualify(raw);
  }
}

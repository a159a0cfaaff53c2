import type { DataLoadEnv } from '../data-load-env.type';
import type { FileReporter } from '../file.reporter';
import { handleDeleteTag } from './delete-tag.handler';
import { handleFunctionTag } from './function-tag.handler';
import { parseXmlDocument } from './parse-xml-document.util';
import { handleRecordTag } from './record-tag.handler';
import type { XmlElement } from './xml-element.type';
import { XmlFileScope } from './xml-file.scope';
import { XmlSource } from './xml-text.source';
import { XmlSyntaxError } from './xml-syntax.error';

/** Root elements Odoo's `import_xml.rng` accepts (`<data>` alone too, as Odoo 17 still loads it). */
const ROOTS = new Set(['odoo', 'openerp', 'data']);

/**
 * Reads an XML data file (`<odoo>`/`<openerp>`/`<data>`, nested `<data>`): security `<record>`s,
 * `<delete>` and `<function>`. Views, menus, templates… are skipped.
 */
export function readXmlDataFile(text: string, reporter: FileReporter, env: DataLoadEnv): void {
  const source = new XmlSource(text);
  let root: XmlElement;
  try {
    root = parseXmlDocument(source);
  } catch (error) {
    if (!(error instanceof XmlSyntaxError)) throw error;
    return reporter.error(`malformed XML: ${error.reason}`, error.line, error.column);
  }
  if (!ROOTS.has(root.name)) return reporter.error(`root element must be <odoo>, <openerp> or <data>, found <${root.name}>`, root.line, root.column);
  readChildren(root, new XmlFileScope(source, reporter, env));
}

function readChildren(parent: XmlElement, scope: XmlFileScope): void {
  for (const element of parent.children) {
    if (ROOTS.has(element.name)) readChildren(element, scope);
    else if (element.name === 'record') handleRecordTag(element, scope);
    else if (element.name === 'delete') handleDeleteTag(element, scope);
    else if (element.name === 'function') handleFunctionTag(element, scope);
  }
}

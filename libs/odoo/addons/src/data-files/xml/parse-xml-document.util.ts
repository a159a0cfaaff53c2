import { SaxesParser } from 'saxes';
import type { XmlAttribute, XmlElement } from './xml-element.type';
import type { XmlSource } from './xml-text.source';
import { XmlSyntaxError } from './xml-syntax.error';

/**
 * libxml2's default depth limit (lxml without `huge_tree`, as Odoo parses data files): a deeper
 * document is refused there, and here too, with a located error instead of a stack overflow in
 * whatever walks the tree.
 */
export const MAX_XML_DEPTH = 256;

interface OpenElement {
  name: string;
  attributes: Map<string, XmlAttribute>;
  children: XmlElement[];
  text: string;
  line: number;
  column: number;
}

/**
 * Parses a whole XML document into elements that remember where they start (1-based line and
 * column of the `<`) and where each attribute value starts.
 * @throws XmlSyntaxError at the first well-formedness error.
 */
export function parseXmlDocument(xml: XmlSource): XmlElement {
  const source = xml.text;
  const parser = new SaxesParser({ position: true });
  const stack: OpenElement[] = [];
  let root: XmlElement | null = null;
  let pending: OpenElement | null = null;
  parser.on('error', (error) => {
    throw new XmlSyntaxError(error.message.replace(/^\d+:\d+: /, ''), parser.line, parser.column);
  });
  parser.on('opentagstart', (tag) => {
    const { line, column } = xml.position(source.lastIndexOf(`<${tag.name}`, parser.position - 1));
    pending = { name: tag.name, attributes: new Map(), children: [], text: '', line, column };
  });
  parser.on('attribute', (attribute) => {
    pending!.attributes.set(attribute.name, { value: attribute.value, offset: valueOffset(source, parser.position) });
  });
  parser.on('opentag', () => {
    if (stack.length >= MAX_XML_DEPTH) {
      throw new XmlSyntaxError(`elements nested too deeply (more than ${MAX_XML_DEPTH} levels)`, pending!.line, pending!.column);
    }
    stack.push(pending!);
  });
  parser.on('closetag', () => close());
  parser.on('text', (text) => appendText(text));
  parser.on('cdata', (text) => appendText(text));
  const appendText = (text: string): void => {
    const current = stack.at(-1);
    if (current) current.text += text;
  };
  const close = (): void => {
    const element = stack.pop()!;
    const parent = stack.at(-1);
    if (parent) parent.children.push(element);
    else root = element;
  };
  parser.write(source).close();
  if (!root) throw new XmlSyntaxError('document has no root element', parser.line, parser.column);
  return root;
}

/** `end` is just past the closing quote; values never contain their own quote character. */
function valueOffset(source: string, end: number): number {
  const quote = source[end - 1]!;
  return source.lastIndexOf(quote, end - 2) + 1;
}

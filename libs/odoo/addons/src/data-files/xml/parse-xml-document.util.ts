import { SaxesParser } from 'saxes';
import type { XmlAttribute, XmlElement } from './xml-element.type';
import type { XmlSource } from './xml-text.source';
import { XmlSyntaxError } from './xml-syntax.error';

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

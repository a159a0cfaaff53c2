import { attributeValueOffset } from './attribute-value-offset.util';
import { parseXmlDocument } from './parse-xml-document.util';
import { XmlSource } from './xml-text.source';
import { XmlSyntaxError } from './xml-syntax.error';

const TEXT = [
  '<?xml version="1.0" encoding="utf-8"?>',
  '<odoo>',
  '  <data noupdate="1">',
  '    <record',
  '        id="rule"  model="ir.rule">',
  '      <field name="domain_force">[(\'a\', \'=\', 1)]<![CDATA[ & more]]></field>',
  '      <field name="groups" eval="[(4, ref(&quot;x&quot;)),',
  '              (4, ref(\'y\'))]"/>',
  '    </record>',
  '  </data>',
  '</odoo>',
].join('\r\n');

describe('parseXmlDocument', () => {
  const root = parseXmlDocument(new XmlSource(TEXT));
  const record = root.children[0]!.children[0]!;
  const [domain, groups] = record.children;

  it('builds the element tree with the position of each "<"', () => {
    expect([root.name, root.line, root.column]).toEqual(['odoo', 2, 1]);
    expect([record.name, record.line, record.column]).toEqual(['record', 4, 5]);
    expect(record.attributes.get('model')!.value).toBe('ir.rule');
    expect([groups!.line, groups!.column]).toEqual([7, 7]);
  });

  it('keeps element text and CDATA, not the children text', () => {
    expect(domain!.text).toBe("[('a', '=', 1)] & more");
    expect(record.text.trim()).toBe('');
  });

  it('locates attribute values, entities and line breaks included', () => {
    const source = new XmlSource(TEXT);
    const evalAttribute = groups!.attributes.get('eval')!;
    expect(evalAttribute.value).toBe('[(4, ref("x")),               (4, ref(\'y\'))]');
    expect(source.position(evalAttribute.offset)).toEqual({ line: 7, column: 34 });
    const secondRef = evalAttribute.value.indexOf("ref('y')");
    expect(source.position(attributeValueOffset(TEXT, evalAttribute.offset, secondRef))).toEqual({ line: 8, column: 19 });
    const quoted = evalAttribute.value.indexOf('x');
    expect(source.position(attributeValueOffset(TEXT, evalAttribute.offset, quoted))).toEqual({ line: 7, column: 49 });
  });

  it.each<[string, string, number, RegExp]>([
    ['a mismatched end tag', '<odoo>\n  <a>\n  </odoo>', 3, /unexpected close tag/],
    ['an unclosed document', '<odoo>\n  <a/>\n', 3, /unclosed tag: odoo/],
    ['an undefined entity', '<odoo>\n  <a>&nbsp;</a>\n</odoo>', 2, /undefined entity/],
    ['text only', 'no xml here', 1, /text data outside of root node|document must contain a root element/],
  ])('throws an XmlSyntaxError with the line of %s', (_label, text, line, message) => {
    expect(() => parseXmlDocument(new XmlSource(text))).toThrow(XmlSyntaxError);
    try {
      parseXmlDocument(new XmlSource(text));
    } catch (error) {
      expect((error as XmlSyntaxError).line).toBe(line);
      expect((error as XmlSyntaxError).reason).toMatch(message);
    }
  });
});

import { encodeXmlRpcCall } from './encode-xmlrpc-call.util';
import { encodeXmlRpcResponse } from './encode-xmlrpc-response.util';
import { encodeXmlRpcValue } from './encode-xmlrpc-value.util';
import { parseXmlRpcDocument } from './parse-xmlrpc-document.util';
import { XmlRpcSyntaxError } from './xmlrpc-syntax.error';
import type { XmlRpcValue } from './xmlrpc-value.type';

function roundTrip(value: XmlRpcValue): XmlRpcValue {
  const document = parseXmlRpcDocument(encodeXmlRpcResponse({ value }));
  if (document.kind !== 'response') throw new Error(`expected a response, got ${document.kind}`);
  return document.params[0]!;
}

describe('XML-RPC codec', () => {
  it.each<[string, XmlRpcValue]>([
    ['an int', 42],
    ['a negative int', -2147483648],
    ['a double', 3.25],
    ['a large integral number (as double)', 2 ** 40],
    ['true', true],
    ['false', false],
    ['a string with markup and entities', '<a href="x">Tom & Jerry</a> ]]> \r\n tab\t é 😀'],
    ['an empty string', ''],
    ['nil', null],
    ['a dateTime', new Date('2025-01-31T08:12:03Z')],
    ['base64 bytes', new Uint8Array([0, 1, 2, 253, 254, 255])],
    ['an empty array', []],
    ['an empty struct', {}],
    ['nested values', { ids: [1, 2, 3], domain: [['share', '=', false], '|', ['id', '>', 7]], context: { active_test: false, lang: null } }],
    ['a struct member named __proto__', JSON.parse('{"__proto__": 1, "constructor": "x"}') as XmlRpcValue],
  ])('round-trips %s', (_label, value) => {
    expect(roundTrip(value)).toEqual(value);
  });

  it('writes integral doubles within 32 bits as <int> and others as <double>', () => {
    expect(encodeXmlRpcValue(7)).toBe('<value><int>7</int></value>');
    expect(encodeXmlRpcValue(2 ** 31)).toBe('<value><double>2147483648</double></value>');
    expect(encodeXmlRpcValue(0.5)).toBe('<value><double>0.5</double></value>');
  });

  it('leaves out struct members that are undefined', () => {
    const struct = { a: 1, b: undefined } as unknown as XmlRpcValue;
    expect(encodeXmlRpcValue(struct)).toBe('<value><struct><member><name>a</name><value><int>1</int></value></member></struct></value>');
  });

  it.each([[NaN], [Infinity], ['\u0001'], [new Date('x')]])('refuses to encode %p', (value) => {
    expect(() => encodeXmlRpcValue(value as XmlRpcValue)).toThrow(TypeError);
  });

  it('reads what Python xmlrpc.client writes: untyped strings, i4, i8, whitespace, ex:nil-free nil', () => {
    const text = `<?xml version='1.0'?>
<methodResponse>
<params>
<param>
<value><array><data>
<value>plain text</value>
<value><i4>-3</i4></value>
<value><i8>9007199254740991</i8></value>
<value><boolean>1</boolean></value>
<value><double>-1.5e3</double></value>
<value><dateTime.iso8601>2025-01-31T08:12:03</dateTime.iso8601></value>
<value><base64>
AAEC
</base64></value>
<value><nil/></value>
<value><string><![CDATA[<cdata>]]></string></value>
<value/>
</data></array></value>
</param>
</params>
</methodResponse>
`;
    expect(parseXmlRpcDocument(text)).toEqual({
      kind: 'response',
      params: [['plain text', -3, 9007199254740991, true, -1500, new Date('2025-01-31T08:12:03Z'), new Uint8Array([0, 1, 2]), null, '<cdata>', '']],
    });
  });

  it('reads a method call', () => {
    const text = encodeXmlRpcCall('execute_kw', ['db', 2, 'pw', 'res.users', 'search_read', [[]], { fields: ['login'] }]);
    expect(parseXmlRpcDocument(text)).toEqual({
      kind: 'call',
      methodName: 'execute_kw',
      params: ['db', 2, 'pw', 'res.users', 'search_read', [[]], { fields: ['login'] }],
    });
  });

  it.each([
    [4, 'You are not allowed to access this document'],
    ['AccessDenied', 'Access Denied'],
  ])('round-trips a fault with code %p', (faultCode, faultString) => {
    expect(parseXmlRpcDocument(encodeXmlRpcResponse({ fault: { faultCode, faultString } }))).toEqual({ kind: 'fault', fault: { faultCode, faultString } });
  });

  it.each([
    ['truncated XML', '<?xml version="1.0"?><methodResponse><params><param><value><array><data>', /malformed XML/],
    ['not XML at all', '{"jsonrpc": "2.0"}', /malformed XML/],
    ['an unknown element', '<methodResponse><params><param><value><float>1</float></value></param></params></methodResponse>', /unexpected <float> inside <value>/],
    ['a bad int', '<methodResponse><params><param><value><int>1.5</int></value></param></params></methodResponse>', /invalid <int> "1.5"/],
    ['a bad boolean', '<methodResponse><params><param><value><boolean>true</boolean></value></param></params></methodResponse>', /invalid <boolean>/],
    ['a member without name', '<methodResponse><params><param><value><struct><member><value>1</value></member></struct></value></param></params></methodResponse>', /needs a <name> and a <value>/],
    ['two values in one', '<methodResponse><params><param><value><int>1</int><int>2</int></value></param></params></methodResponse>', /more than one value/],
    ['a fault without struct', '<methodResponse><fault><value><string>x</string></value></fault></methodResponse>', /faultCode and faultString/],
    ['an empty document', '<?xml version="1.0"?>', /malformed XML|empty document/],
  ])('rejects %s', (_label, text, message) => {
    expect(() => parseXmlRpcDocument(text)).toThrow(XmlRpcSyntaxError);
    expect(() => parseXmlRpcDocument(text)).toThrow(message);
  });
});

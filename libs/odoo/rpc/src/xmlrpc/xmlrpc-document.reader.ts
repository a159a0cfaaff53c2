import { SaxesParser } from 'saxes';
import { decodeXmlRpcScalar, XMLRPC_SCALAR_TYPES } from './decode-xmlrpc-scalar.util';
import type { XmlRpcDocument } from './xmlrpc-document.type';
import type { XmlRpcFault } from './xmlrpc-fault.type';
import { XmlRpcSyntaxError } from './xmlrpc-syntax.error';
import type { XmlRpcValue } from './xmlrpc-value.type';

type Frame =
  | { readonly tag: 'value'; text: string; value: XmlRpcValue | undefined }
  | { readonly tag: 'scalar'; readonly type: string; text: string }
  | { readonly tag: 'array'; readonly items: XmlRpcValue[] }
  | { readonly tag: 'struct'; readonly members: Map<string, XmlRpcValue> }
  | { readonly tag: 'member'; name: string | undefined; value: XmlRpcValue | undefined }
  | { readonly tag: 'text'; readonly name: 'name' | 'methodName'; text: string }
  | { readonly tag: 'holder'; readonly name: 'param' | 'fault'; value: XmlRpcValue | undefined }
  | { readonly tag: 'plain'; readonly name: string };

/** Which children each element may have (`#scalar` stands for the scalar type elements). */
const CHILDREN: Readonly<Record<string, readonly string[]>> = {
  '#document': ['methodResponse', 'methodCall'],
  methodResponse: ['params', 'fault'],
  methodCall: ['methodName', 'params'],
  params: ['param'],
  param: ['value'],
  fault: ['value'],
  value: ['#scalar', 'array', 'struct'],
  array: ['data'],
  data: ['value'],
  struct: ['member'],
  member: ['name', 'value'],
};

/**
 * Streams an XML-RPC document through saxes into plain values, checking its structure as it goes
 * (no DOM is built, so large responses stay cheap).
 */
export class XmlRpcDocumentReader {
  private readonly stack: Frame[] = [];
  private readonly path: string[] = ['#document'];
  private root: 'methodResponse' | 'methodCall' | undefined;
  private methodName: string | undefined;
  private readonly params: XmlRpcValue[] = [];
  private fault: XmlRpcValue | undefined;

  read(text: string): XmlRpcDocument {
    const parser = new SaxesParser();
    parser.on('error', (error) => {
      throw new XmlRpcSyntaxError(`malformed XML: ${error.message}`);
    });
    parser.on('opentag', (tag) => this.open(tag.name));
    parser.on('text', (chunk) => this.text(chunk));
    parser.on('cdata', (chunk) => this.text(chunk));
    parser.on('closetag', (tag) => this.close(tag.name));
    parser.write(text).close();
    return this.document();
  }

  private open(name: string): void {
    const parent = this.path[this.path.length - 1]!;
    const allowed = CHILDREN[parent] ?? [];
    const isScalar = XMLRPC_SCALAR_TYPES.has(name);
    if (!allowed.includes(isScalar ? '#scalar' : name)) throw new XmlRpcSyntaxError(`unexpected <${name}> inside <${parent.replace('#', '')}>`);
    if (parent === 'value' && this.top().tag === 'value' && (this.top() as { value: unknown }).value !== undefined) {
      throw new XmlRpcSyntaxError('a <value> holds more than one value');
    }
    this.path.push(isScalar ? '#scalar' : name);
    this.stack.push(frameFor(name, isScalar));
    if (name === 'methodResponse' || name === 'methodCall') this.root = name;
  }

  private text(chunk: string): void {
    const top = this.stack[this.stack.length - 1];
    if (top && (top.tag === 'value' || top.tag === 'scalar' || top.tag === 'text')) top.text += chunk;
  }

  private close(name: string): void {
    const frame = this.stack.pop()!;
    this.path.pop();
    const produced = this.valueOf(frame);
    if (produced !== undefined) this.deliver(produced, name);
  }

  private valueOf(frame: Frame): XmlRpcValue | undefined {
    switch (frame.tag) {
      case 'scalar':
        return decodeXmlRpcScalar(frame.type, frame.text);
      case 'value':
        return frame.value === undefined ? frame.text : frame.value;
      case 'array':
        return frame.items;
      case 'struct':
        return Object.fromEntries(frame.members);
      case 'member':
        return this.closeMember(frame);
      case 'text':
        return this.closeText(frame);
      case 'holder':
        return this.closeHolder(frame);
      default:
        return undefined;
    }
  }

  private closeMember(frame: Extract<Frame, { tag: 'member' }>): undefined {
    if (frame.name === undefined || frame.value === undefined) throw new XmlRpcSyntaxError('a struct <member> needs a <name> and a <value>');
    const struct = this.top();
    if (struct.tag === 'struct') struct.members.set(frame.name, frame.value);
    return undefined;
  }

  private closeText(frame: Extract<Frame, { tag: 'text' }>): undefined {
    if (frame.name === 'methodName') this.methodName = frame.text.trim();
    else {
      const member = this.top();
      if (member.tag === 'member') member.name = frame.text;
    }
    return undefined;
  }

  private closeHolder(frame: Extract<Frame, { tag: 'holder' }>): undefined {
    if (frame.value === undefined) throw new XmlRpcSyntaxError(`<${frame.name}> without a <value>`);
    if (frame.name === 'param') this.params.push(frame.value);
    else this.fault = frame.value;
    return undefined;
  }

  private deliver(value: XmlRpcValue, name: string): void {
    // Values inside <array><data> belong to the array, one frame below <data>.
    const top = this.top();
    const parent = top.tag === 'plain' && top.name === 'data' ? this.stack[this.stack.length - 2]! : top;
    if (parent.tag === 'value') parent.value = value;
    else if (parent.tag === 'array') parent.items.push(value);
    else if (parent.tag === 'member' && name === 'value') parent.value = value;
    else if (parent.tag === 'holder') parent.value = value;
  }

  private top(): Frame {
    return this.stack[this.stack.length - 1] ?? { tag: 'plain', name: '#document' };
  }

  private document(): XmlRpcDocument {
    if (this.root === 'methodCall') {
      if (!this.methodName) throw new XmlRpcSyntaxError('<methodCall> without a <methodName>');
      return { kind: 'call', methodName: this.methodName, params: this.params };
    }
    if (this.root !== 'methodResponse') throw new XmlRpcSyntaxError('empty document');
    if (this.fault !== undefined) return { kind: 'fault', fault: faultOf(this.fault) };
    return { kind: 'response', params: this.params };
  }
}

function frameFor(name: string, isScalar: boolean): Frame {
  if (isScalar) return { tag: 'scalar', type: name, text: '' };
  switch (name) {
    case 'value':
      return { tag: 'value', text: '', value: undefined };
    case 'array':
      return { tag: 'array', items: [] };
    case 'struct':
      return { tag: 'struct', members: new Map() };
    case 'member':
      return { tag: 'member', name: undefined, value: undefined };
    case 'name':
    case 'methodName':
      return { tag: 'text', name, text: '' };
    case 'param':
    case 'fault':
      return { tag: 'holder', name, value: undefined };
    default:
      return { tag: 'plain', name };
  }
}

function faultOf(value: XmlRpcValue): XmlRpcFault {
  const struct = value as { faultCode?: unknown; faultString?: unknown };
  const code = struct.faultCode;
  if (typeof struct !== 'object' || struct === null || (typeof code !== 'number' && typeof code !== 'string') || typeof struct.faultString !== 'string') {
    throw new XmlRpcSyntaxError('a <fault> must hold a struct with faultCode and faultString');
  }
  return { faultCode: code, faultString: struct.faultString };
}

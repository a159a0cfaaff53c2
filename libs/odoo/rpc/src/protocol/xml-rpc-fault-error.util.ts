import type { OdooServerError } from '../errors/odoo-server.error';
import { serverErrorOf, type ServerErrorKind } from '../errors/server-error-of.util';
import type { XmlRpcFault } from '../xmlrpc/xmlrpc-fault.type';

/**
 * Odoo's `/xmlrpc/2` fault codes (`odoo/addons/base/controllers/rpc.py`): 1 application error
 * (the string is a traceback), 2 warning/UserError, 3 AccessDenied, 4 AccessError. The legacy
 * `/xmlrpc` sends strings instead (`AccessDenied`, `warning -- …`).
 */
const KIND_OF_CODE: Readonly<Record<string, ServerErrorKind>> = { '3': 'authentication', '4': 'access', AccessDenied: 'authentication' };
const NAME_OF_CODE: Readonly<Record<string, string>> = {
  '2': 'odoo.exceptions.UserError',
  '3': 'odoo.exceptions.AccessDenied',
  '4': 'odoo.exceptions.AccessError',
  AccessDenied: 'odoo.exceptions.AccessDenied',
};

export function xmlRpcFaultError(endpoint: string, fault: XmlRpcFault, redact: (text: string) => string): OdooServerError {
  const code = String(fault.faultCode);
  const text = redact(fault.faultString);
  if (code === '1') return applicationError(endpoint, text);
  const details = { exceptionName: NAME_OF_CODE[code] ?? null, code: fault.faultCode };
  return serverErrorOf(endpoint, text.replace(/^warning -- /, ''), details, KIND_OF_CODE[code] ?? 'other');
}

/** A traceback: its last line (`ValueError: Invalid field …`) is the message. */
function applicationError(endpoint: string, traceback: string): OdooServerError {
  const lines = traceback.split('\n').filter((line) => line.trim().length > 0);
  const last = lines[lines.length - 1]?.trim() ?? 'application error';
  const match = /^([\w.]+(?:Error|Exception|Denied|Warning)): ?(.*)$/s.exec(last);
  const details = { exceptionName: match ? match[1]! : null, code: 1, debug: traceback };
  return serverErrorOf(endpoint, match ? match[2]! || last : last, details);
}

import { isPythonTruthy, pythonRepr } from '@sightline/odoo-python';
import { DataFileProblemError } from '../data-file-problem.error';
import { parseX2ManyCommands } from '../eval/parse-x2many-commands.util';
import type { X2ManyCommand } from '../eval/x2many-command.type';
import { XmlRef } from '../eval/xml-ref.type';
import type { FieldValue } from './field-value.type';

const TRUE_TEXT = new Set(['y', 'yes', '1', 'true', 't', 'on']);
const FALSE_TEXT = new Set(['n', 'no', '0', 'false', 'f', 'off']);

/** A Char/Text field: text as written; a Python value as Odoo stores it (`str()`), False/None as null. */
export function fieldText(value: FieldValue): string | null {
  if (value.kind === 'text') return value.text;
  if (value.kind === 'unsupported') throw new DataFileProblemError(value.reason);
  if (value.kind === 'ref') throw new DataFileProblemError('ref= is not valid for a text field');
  const read = value.read();
  if (read === false || read === null) return null;
  return typeof read === 'string' ? read : pythonRepr(read);
}

/** A Boolean field: Python truth of an `eval=`, or text read like Odoo's `str2bool`. */
export function fieldBoolean(value: FieldValue): boolean {
  if (value.kind === 'python') return isPythonTruthy(value.read());
  if (value.kind === 'unsupported') throw new DataFileProblemError(value.reason);
  if (value.kind === 'ref') throw new DataFileProblemError('ref= is not valid for a boolean field');
  const text = value.text.trim().toLowerCase();
  if (TRUE_TEXT.has(text)) return true;
  if (FALSE_TEXT.has(text)) return false;
  throw new DataFileProblemError(`not a boolean: "${value.text}"`);
}

/** A Many2one field: the XML id referenced (`ref=` or `eval="ref(...)"`), or null. */
export function fieldReference(value: FieldValue): string | null {
  if (value.kind === 'ref') return value.xmlid;
  if (value.kind === 'unsupported') throw new DataFileProblemError(value.reason);
  if (value.kind === 'text') throw new DataFileProblemError(`a reference needs ref= or eval=, found text "${value.text.trim()}"`);
  const read = value.read();
  if (read === false || read === null) return null;
  if (read instanceof XmlRef) return read.xmlid;
  throw new DataFileProblemError(`expected ref(...) or False, got ${pythonRepr(read)}`);
}

/** A One2many/Many2many field: its commands. */
export function fieldCommands(value: FieldValue): X2ManyCommand[] {
  if (value.kind !== 'python') throw new DataFileProblemError('an x2many field needs eval= with commands');
  return parseX2ManyCommands(value.read());
}

import { isPyTuple, pythonRepr } from '@sightline/odoo-python';
import { DataFileProblemError } from '../data-file-problem.error';

/**
 * The model named by a `search=` domain on `ir.model`: `[('model', '=', 'mrp.production')]`
 * (as 17–19 mrp and stock rules write `model_id`). Other domains need a database.
 */
export function irModelSearchName(domain: unknown): string {
  const leaves = Array.isArray(domain) ? domain : [];
  const leaf = leaves.length === 1 ? items(leaves[0]) : null;
  if (leaf && leaf.length === 3 && leaf[0] === 'model' && (leaf[1] === '=' || leaf[1] === '==') && typeof leaf[2] === 'string') {
    return leaf[2];
  }
  throw new DataFileProblemError(`search= on ir.model is only read in the form [('model', '=', name)], got ${pythonRepr(domain)}`);
}

function items(value: unknown): readonly unknown[] | null {
  if (Array.isArray(value)) return value;
  return isPyTuple(value) ? value.items : null;
}

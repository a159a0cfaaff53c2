import { formatPython, pythonRepr } from '@sightline/odoo-python';
import type { DomainValue } from './domain-node.type';
import { formatDomain } from './format-domain.util';

/** Python text of a leaf value: the expression as written (canonical), a constant's repr, or a sub-domain. */
export function formatDomainValue(value: DomainValue): string {
  if (value.kind === 'expression') return formatPython(value.node);
  if (value.kind === 'domain') return formatDomain(value.domain);
  return pythonRepr(value.value);
}

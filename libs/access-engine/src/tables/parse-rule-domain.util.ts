import { DOMAIN_TRUE, parseDomain, type DomainNode } from '@sightline/odoo-domain';
import type { SourceLocation } from '@sightline/odoo-model';

/**
 * A rule's domain text as a tree; no text = all records. A text that is no valid domain becomes an
 * opaque leaf `('<unparseable>', '=', reason)`: scope `custom`, never evaluated. (Odoo would fail
 * the whole operation with an error when it evaluates such a rule.)
 */
export function parseRuleDomain(text: string | null, source: SourceLocation | undefined): DomainNode {
  if (text === null || text.trim() === '') return DOMAIN_TRUE;
  try {
    return parseDomain(text, source ? { file: source.file, line: source.line } : undefined);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    return { kind: 'leaf', path: UNPARSEABLE_PATH, operator: '=', value: { kind: 'constant', value: reason } };
  }
}

export const UNPARSEABLE_PATH = '<unparseable>';

import { createPositionLookup } from './text-position.test-util';

export interface EmbeddedExpression {
  readonly kind: 'eval' | 'domain_force' | 'csv-domain';
  readonly text: string;
  readonly line: number;
  readonly column: number;
}

const ENTITIES: Readonly<Record<string, string>> = { quot: '"', apos: "'", lt: '<', gt: '>', amp: '&' };

/** Blanks comments and CDATA sections (keeping offsets) so that scanning sees markup only. */
function blankNonMarkup(xml: string): string {
  return xml.replace(/<!--[\s\S]*?-->|<!\[CDATA\[[\s\S]*?\]\]>/g, (m) => m.replace(/[^\n]/g, ' '));
}

export function decodeXmlText(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#\d+|\w+);/g, (m, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? m;
  });
}

/** Attribute values are whitespace-normalised by XML parsers: tabs and newlines become spaces. */
function decodeAttribute(value: string): string {
  return decodeXmlText(value.replace(/[\t\r\n]/g, ' '));
}

/** Every `eval="…"` attribute and every `<field name="domain_force">…</field>` text of an XML file. */
export function extractXmlExpressions(xml: string): EmbeddedExpression[] {
  const markup = blankNonMarkup(xml);
  const position = createPositionLookup(xml);
  const found: EmbeddedExpression[] = [];
  for (const m of markup.matchAll(/<[\w.:-]+((?:\s+[\w.:-]+\s*=\s*(?:"[^"]*"|'[^']*'))*)\s*\/?>/dg)) {
    for (const a of m[1].matchAll(/\beval\s*=\s*(["'])([\s\S]*?)\1/dg)) {
      const offset = m.indices![1][0] + a.indices![2][0];
      found.push({ kind: 'eval', text: decodeAttribute(a[2]), ...position(offset) });
    }
  }
  for (const m of markup.matchAll(/<field\s+name\s*=\s*["']domain_force["']\s*>([\s\S]*?)<\/field>/dg)) {
    const offset = m.indices![1][0];
    found.push({ kind: 'domain_force', text: decodeXmlText(m[1]), ...position(offset) });
  }
  return found;
}

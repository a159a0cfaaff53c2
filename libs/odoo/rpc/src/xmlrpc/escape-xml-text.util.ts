// XML 1.0 cannot represent these code points at all, not even as character references.
// eslint-disable-next-line no-control-regex
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/;

/** Text safe inside an element; `\r` is kept as a reference because parsers normalise raw CRs. */
export function escapeXmlText(text: string): string {
  const bad = FORBIDDEN.exec(text);
  if (bad) {
    const code = bad[0].charCodeAt(0).toString(16).padStart(4, '0');
    throw new TypeError(`XML-RPC cannot carry the character U+${code}`);
  }
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

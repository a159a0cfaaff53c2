/** The server's base URL, refusing credentials in it (they would leak into every error message). */
export function odooBaseUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new TypeError('the Odoo URL is not a valid absolute URL');
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') throw new TypeError(`the Odoo URL must be http or https, not ${parsed.protocol}`);
  if (parsed.username || parsed.password) throw new TypeError('the Odoo URL must not contain credentials: pass login and secret instead');
  parsed.search = '';
  parsed.hash = '';
  return parsed;
}

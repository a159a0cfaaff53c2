/** No default classification ships for this Odoo version. */
export class UnsupportedVersionError extends Error {
  constructor(
    readonly version: string,
    readonly supported: readonly string[],
  ) {
    super(`no default classification for Odoo ${version} (supported: ${supported.join(', ')})`);
    this.name = 'UnsupportedVersionError';
  }
}

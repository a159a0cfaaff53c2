import type { CorpusVersion } from '../corpus-version.type';

/** `odoo/release.py` of a FINAL release, the file tools read a source tree's version from. */
export function releaseSource(version: CorpusVersion): string {
  const [major, minor] = version.split('.');
  return [
    '# Part of Odoo. See LICENSE file for full copyright and licensing details.',
    '',
    "RELEASE_LEVELS = [ALPHA, BETA, RELEASE_CANDIDATE, FINAL] = ['alpha', 'beta', 'candidate', 'final']",
    "RELEASE_LEVELS_DISPLAY = {ALPHA: ALPHA, BETA: BETA, RELEASE_CANDIDATE: 'rc', FINAL: ''}",
    '',
    '# version_info format: (MAJOR, MINOR, MICRO, RELEASE_LEVEL, SERIAL)',
    `version_info = (${major}, ${minor}, 0, FINAL, 0, '')`,
    "serie = major_version = '.'.join(str(s) for s in version_info[:2])",
    "version = serie + RELEASE_LEVELS_DISPLAY[version_info[3]] + str(version_info[4] or '') + version_info[5]",
    "product_name = 'Odoo'",
    "description = 'Odoo Server'",
    '',
  ].join('\n');
}

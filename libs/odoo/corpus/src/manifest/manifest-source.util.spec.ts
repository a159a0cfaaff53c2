import { parseManifestSource } from '@sightline/odoo-python';
import { manifestSource } from './manifest-source.util';

describe('manifestSource', () => {
  const manifest = {
    name: "Employees' \"Self\" Service \\ HR",
    version: '1.1',
    category: 'Human Resources/Employees',
    depends: ['base_setup', 'mail'],
    data: ['security/hr_security.xml', 'security/ir.model.access.csv'],
    demo: [],
    auto_install: ['hr', 'mail'],
    application: true,
    license: 'LGPL-3',
  };

  it('writes a manifest that parses back to the same facts, installable', () => {
    expect(parseManifestSource(manifestSource(manifest))).toEqual({ ...manifest, installable: true });
  });

  it('writes it as Odoo developers do: comments, single quotes, one item a line, trailing commas', () => {
    const source = manifestSource({ name: 'HR', depends: ['base'], data: ['a.xml'], auto_install: false });
    expect(source).toBe(
      [
        '# -*- coding: utf-8 -*-',
        '# Part of Odoo. See LICENSE file for full copyright and licensing details.',
        '',
        '{',
        "    'name': 'HR',",
        "    'depends': [",
        "        'base',",
        '    ],',
        '    # always loaded, in this order',
        "    'data': [",
        "        'a.xml',",
        '    ],',
        "    'auto_install': False,",
        "    'installable': True,  # materialised from the Sightline corpus",
        '}',
        '',
      ].join('\n'),
    );
  });

  it('leaves out what the corpus keeps beside the manifest facts', () => {
    expect(parseManifestSource(manifestSource({ name: 'HR', security_files: ['security/hr.xml'] }))).toEqual({ name: 'HR', installable: true });
  });
});

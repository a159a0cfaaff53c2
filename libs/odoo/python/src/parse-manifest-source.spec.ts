import { parseManifestSource } from './parse-manifest-source.util';
import { parsePythonModuleLiteral } from './parse-python-module-literal.util';
import { PyTuple } from './py-value.type';
import { PythonEvaluationError } from './python-evaluation.error';
import { PythonSyntaxError } from './python-syntax.error';

const MANIFEST = `# -*- coding: utf-8 -*-
# Part of Odoo. See LICENSE file for full copyright and licensing details.
"""Employees module."""

{
    'name': 'Employees',
    'version': '1.1',
    "category": "Human Resources/Employees",
    'sequence': 95,
    'summary': 'Centralize employee information',
    'description': """
Centralize employee information.
    """,
    'website': r'https://www.odoo.com/app/employees',
    'images': [
        'static/src/img/default_image.png',
    ],
    'depends': [
        'base_setup',
        'mail', 'resource',  # inline comment
    ],
    'data': ['security/hr_security.xml',
             'security/ir.model.access.csv'],
    'demo': [],
    'installable': True,
    'application': True,
    'auto_install': False,
    'external_dependencies': {'python': ('phonenumbers',)},
    'price': -1.5,
    'long': 'adjacent ' \\
            'strings',
    'license': u'LGPL-3',
}
`;

describe('parseManifestSource', () => {
  it('reads a manifest with comments, a docstring, every quote style and trailing commas', () => {
    const manifest = parseManifestSource(MANIFEST, { file: 'hr/__manifest__.py' });
    expect(manifest).toEqual({
      name: 'Employees',
      version: '1.1',
      category: 'Human Resources/Employees',
      sequence: 95,
      summary: 'Centralize employee information',
      description: '\nCentralize employee information.\n    ',
      website: 'https://www.odoo.com/app/employees',
      images: ['static/src/img/default_image.png'],
      depends: ['base_setup', 'mail', 'resource'],
      data: ['security/hr_security.xml', 'security/ir.model.access.csv'],
      demo: [],
      installable: true,
      application: true,
      auto_install: false,
      external_dependencies: { python: new PyTuple(['phonenumbers']) },
      price: -1.5,
      long: 'adjacent strings',
      license: 'LGPL-3',
    });
  });

  it('accepts a byte-order mark and a bare dict', () => {
    expect(parseManifestSource("\uFEFF{'name': 'x'}")).toEqual({ name: 'x' });
  });

  it('refuses a manifest that is not a dict', () => {
    expect(() => parseManifestSource("['a']", { file: 'm/__manifest__.py' })).toThrow(PythonEvaluationError);
    expect(() => parseManifestSource("['a']", { file: 'm/__manifest__.py' })).toThrow(
      "m/__manifest__.py:1:1: a manifest must be a dict literal, found list `['a']`",
    );
  });

  it('names the file, line and cause of a non-literal value', () => {
    expect(() => parseManifestSource("{\n  'data': [\n    os.path.join('a'),\n  ],\n}", { file: 'm/__manifest__.py' })).toThrow(
      "m/__manifest__.py:3:5: not a literal: call `os.path.join('a')`",
    );
  });

  it('names the file, line and cause of a syntax error', () => {
    const source = "{\n  'name': 'x',\n  'depends': ['base'\n}";
    expect(() => parseManifestSource(source, { file: 'm/__manifest__.py' })).toThrow(PythonSyntaxError);
    expect(() => parseManifestSource(source, { file: 'm/__manifest__.py' })).toThrow(
      "m/__manifest__.py:4:1: unexpected '}': '[' opened at 3:14 is not closed",
    );
  });
});

describe('parsePythonModuleLiteral', () => {
  it.each([
    ['"""doc"""\n{}', 'dict'],
    ['# c\n\n1; 2\n[3]\n', 'list'],
    ["'a'\n'b'", 'str'],
  ])('returns the last expression statement of %j', (source, kind) => {
    expect(parsePythonModuleLiteral(source).kind).toBe(kind);
  });

  it('refuses an empty module and statements', () => {
    expect(() => parsePythonModuleLiteral('# nothing\n')).toThrow('<string>:2:1: no expression found');
    expect(() => parsePythonModuleLiteral('import os\n{}')).toThrow("<string>:1:1: unexpected 'import'");
  });
});

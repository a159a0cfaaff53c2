// Regenerates src/catalog/field-groups-<version>.json from the corpus (run after `build`):
//   npm run generate:catalog -w @sightline/odoo-rpc
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const here = dirname(fileURLToPath(import.meta.url));
const root = join(here, '..', '..', '..', '..');
const { buildFieldGroupsCatalog } = require('../dist/catalog/build-field-groups-catalog.util.js');
const { formatFieldGroupsCatalog } = require('../dist/catalog/format-field-groups-catalog.util.js');
const { FIELD_GROUPS_CATALOG_SOURCES } = require('../dist/catalog/field-groups-catalog-versions.js');

for (const [version, source] of Object.entries(FIELD_GROUPS_CATALOG_SOURCES)) {
  const catalog = buildFieldGroupsCatalog(readFileSync(join(root, source), 'utf8'), version, source);
  const target = join(here, '..', 'src', 'catalog', `field-groups-${version}.json`);
  writeFileSync(target, formatFieldGroupsCatalog(catalog));
  console.log(`${target}: ${Object.values(catalog.fields).reduce((n, fields) => n + Object.keys(fields).length, 0)} fields`);
}

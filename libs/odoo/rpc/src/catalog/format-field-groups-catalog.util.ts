import type { FieldGroupsCatalog } from './field-groups-catalog.type';

/** The committed JSON text of a catalog: one model per line, so regenerations diff cleanly. */
export function formatFieldGroupsCatalog(catalog: FieldGroupsCatalog): string {
  const models = Object.entries(catalog.fields).map(([model, fields]) => `    ${JSON.stringify(model)}: ${JSON.stringify(fields)}`);
  return `{\n  "odooVersion": ${JSON.stringify(catalog.odooVersion)},\n  "source": ${JSON.stringify(catalog.source)},\n  "fields": {\n${models.join(',\n')}\n  }\n}\n`;
}

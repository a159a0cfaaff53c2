import { openServiceDatabase } from '@sightline/platform-db';
import type { DataSource } from 'typeorm';
import { ClassificationOverrideEntity } from './entities/classification-override.entity';
import { CreateExposureSchema1764000000000 } from './migrations/1764000000000-create-exposure-schema.migration';
import { EnableExposureTenantIsolation1764000100000 } from './migrations/1764000100000-enable-tenant-isolation.migration';

export const exposureSchema = 'exposure';
export const exposureEntities = [ClassificationOverrideEntity];
export const exposureMigrations = [CreateExposureSchema1764000000000, EnableExposureTenantIsolation1764000100000];

/** Opens the exposure schema of the given database, applying pending migrations. */
export function openExposureDatabase(url: string): Promise<DataSource> {
  return openServiceDatabase({ url, schema: exposureSchema, entities: exposureEntities, migrations: exposureMigrations });
}

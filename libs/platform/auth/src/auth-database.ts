import { CreateAuthSchema1764000100000 } from './migrations/1764000100000-create-auth-schema.migration';

/** Run with platform-db's openServiceDatabase({ schema: authSchema, migrations: authMigrations, … }). */
export const authSchema = 'auth';
export const authMigrations = [CreateAuthSchema1764000100000];

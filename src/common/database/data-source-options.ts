import { join } from 'node:path';
import { DataSourceOptions } from 'typeorm';
import { SnakeNamingStrategy } from './snake-naming.strategy';

/** Project root: `.` when running from sources (ts-node, Jest), `dist` when running compiled code. */
const ROOT = join(__dirname, '..', '..', '..');

/** The one definition of how we talk to PostgreSQL, shared by the app, the CLI and `ormconfig.ts`. */
export function dataSourceOptions(url: string, overrides: Partial<DataSourceOptions> = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [join(ROOT, 'src', '**', '*.entity.{ts,js}')],
    migrations: [join(ROOT, 'migrations', '*.{ts,js}')],
    migrationsTableName: 'schema_migrations',
    migrationsTransactionMode: 'each',
    namingStrategy: new SnakeNamingStrategy(),
    // gen_random_uuid() is built into PostgreSQL 13+; no extension to install.
    uuidExtension: 'pgcrypto',
    installExtensions: false,
    // Schema changes come only from reviewed migrations, never from entity metadata.
    synchronize: false,
    ...overrides,
  } as DataSourceOptions;
}

import { DataSource } from 'typeorm';
import { dataSourceOptions } from './src/common/database/data-source-options';

/**
 * The DataSource used by the TypeORM CLI (`npm run migration:*`). It needs DATABASE_URL: point it at
 * the embedded server printed by `npm start`, or at any PostgreSQL you generate migrations against.
 */
const url = process.env.DATABASE_URL;
if (!url) {
  throw new Error('DATABASE_URL is required for the migration commands (e.g. postgres://postgres@127.0.0.1:5432/test)');
}

export default new DataSource(dataSourceOptions(url));

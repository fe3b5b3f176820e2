import 'reflect-metadata';
import { DynamicModule, INestApplication, Type } from '@nestjs/common';
import { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { DataSource } from 'typeorm';
import { AppModule } from '../../src/app.module';
import { configureApp } from '../../src/common/http/configure-app';
import { Environment, validateEnvironment } from '../../src/config/environment';
import { Role } from '../../src/identity/roles';
import { UserService } from '../../src/identity/services/user.service';
import { databaseUrl, workerDatabaseName } from './test-database';

type ModuleImport = Type<unknown> | DynamicModule;

export const TEST_PASSWORD = 'correct-horse-battery';

export interface TestApp {
  app: INestApplication;
  http: TestAgent;
  dataSource: DataSource;
  env: Environment;
  /** Empties every table (not the migrations table), for a clean slate between tests. */
  truncate(): Promise<void>;
  /** Creates a user with the roles and returns a bearer token for it. */
  tokenFor(...roles: Role[]): Promise<string>;
  close(): Promise<void>;
}

let userCounter = 0;

/**
 * Boots the real application against this Jest worker's database (cloned from the migrated
 * template). `env` overrides environment variables for this app only.
 */
export async function createTestApp(env: Record<string, string | undefined> = {}, extraImports: ModuleImport[] = []): Promise<TestApp> {
  const settings: Record<string, string | undefined> = {
    NODE_ENV: 'test',
    DATABASE_URL: databaseUrl(workerDatabaseName(process.env.JEST_WORKER_ID ?? '1')),
    DB_RUN_MIGRATIONS: 'false',
    JWT_SECRET: 'test-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
    RUN_WORKERS: 'false',
    REDIS_URL: undefined,
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    PARTNER_RATE_LIMIT_PER_MINUTE: '10000',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wms-test-')),
    ...env,
  };
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const moduleRef = await Test.createTestingModule({ imports: [AppModule.register(), ...extraImports] }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bodyParser: false, logger: false });
  const environment = validateEnvironment(process.env);
  configureApp(app, environment);
  await app.init();
  const dataSource = app.get<DataSource>(getDataSourceToken());
  const tables: { tablename: string }[] = await dataSource.query(
    "SELECT tablename FROM pg_tables WHERE schemaname = 'public' AND tablename <> 'schema_migrations'",
  );

  return {
    app,
    http: request(app.getHttpServer()),
    dataSource,
    env: environment,
    truncate: async () => {
      if (tables.length) await dataSource.query(`TRUNCATE ${tables.map((t) => `"${t.tablename}"`).join(', ')} RESTART IDENTITY CASCADE`);
    },
    tokenFor: async (...roles: Role[]) => {
      const email = `user${++userCounter}-${process.pid}@test.local`;
      await app.get(UserService).create({ email, name: `Test ${roles.join(' ')}`, password: TEST_PASSWORD, roles });
      const res = await request(app.getHttpServer()).post('/api/v1/auth/login').send({ email, password: TEST_PASSWORD }).expect(200);
      return res.body.accessToken as string;
    },
    close: () => app.close(),
  };
}

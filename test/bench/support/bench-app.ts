import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { getDataSourceToken } from '@nestjs/typeorm';
import { mkdtempSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import { AppModule } from '../../../src/app.module';
import { configureApp } from '../../../src/common/http/configure-app';
import { Environment, validateEnvironment } from '../../../src/config/environment';
import { Role } from '../../../src/identity/roles';
import { UserService } from '../../../src/identity/services/user.service';

export interface BenchApp {
  app: NestExpressApplication;
  dataSource: DataSource;
  env: Environment;
  /** `http://127.0.0.1:<port>` */
  baseUrl: string;
  close(): Promise<void>;
}

const PASSWORD = 'bench-password-0123456789';

/**
 * Boots the real application the way src/main.ts does (same module, same configureApp), against
 * an already migrated database, on a free loopback port. Logs are off: the bench measures the
 * request path, not the terminal.
 */
export async function startBenchApp(databaseUrl: string): Promise<BenchApp> {
  const settings: Record<string, string | undefined> = {
    NODE_ENV: 'production',
    DATABASE_URL: databaseUrl,
    DB_RUN_MIGRATIONS: 'false',
    JWT_SECRET: 'bench-secret-that-is-long-enough-0123456789',
    LOG_LEVEL: 'silent',
    RUN_WORKERS: 'false',
    // Jobs would otherwise go to a Redis the bench does not need.
    REDIS_URL: undefined,
    // The per-caller limits would answer a single bench user with 429s; the bench measures the path, not the throttle.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000000',
    PARTNER_RATE_LIMIT_PER_MINUTE: '1000000',
    DATA_DIR: mkdtempSync(join(tmpdir(), 'wms-bench-')),
  };
  for (const [key, value] of Object.entries(settings)) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  const env = validateEnvironment(process.env);
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register({ runWorkers: false }), { bodyParser: false, logger: false });
  configureApp(app, env);
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address() as AddressInfo;
  return { app, dataSource: app.get<DataSource>(getDataSourceToken()), env, baseUrl: `http://127.0.0.1:${port}`, close: () => app.close() };
}

/** Creates (or resets) a user with the roles and signs in over HTTP, as a handheld would. */
export async function signIn(bench: BenchApp, email: string, roles: Role[]): Promise<{ userId: string; token: string }> {
  const user = await bench.app.get(UserService).upsert({ email, name: `Bench ${roles.join(' ')}`, password: PASSWORD, roles });
  const res = await fetch(`${bench.baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  });
  if (res.status !== 200) throw new Error(`login answered ${res.status}: ${await res.text()}`);
  const body = (await res.json()) as { accessToken: string };
  return { userId: user.id, token: body.accessToken };
}

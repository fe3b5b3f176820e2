import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { NestExpressApplication } from '@nestjs/platform-express';
import { join } from 'node:path';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { environmentOrExit } from './bootstrap-env';
import { configureApp } from './common/http/configure-app';
import { serveWebApp } from './common/http/serve-web-app';

async function bootstrap(): Promise<void> {
  const env = environmentOrExit();
  const app = await NestFactory.create<NestExpressApplication>(AppModule.register(), { bufferLogs: true, bodyParser: false });
  app.useLogger(app.get(Logger));
  configureApp(app, env);
  const web = serveWebApp(app, join(__dirname, '..', 'web'));
  await app.listen(env.PORT, env.HOST);
  app.get(Logger).log(`API listening on http://${env.HOST}:${env.PORT} (docs at /docs${web ? ', web app at /' : ''})`);
}

void bootstrap();

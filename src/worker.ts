import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Logger } from 'nestjs-pino';
import { AppModule } from './app.module';
import { environmentOrExit } from './bootstrap-env';

/** A job worker without the HTTP API, so API and workers scale apart (`npm run start:worker`). */
async function bootstrap(): Promise<void> {
  const env = environmentOrExit();
  const app = await NestFactory.createApplicationContext(AppModule.register({ runWorkers: true }), { bufferLogs: true });
  app.useLogger(app.get(Logger));
  app.enableShutdownHooks();
  app.get(Logger).log(`Worker started (${env.REDIS_URL ? 'BullMQ' : 'in-process'} jobs)`);
}

void bootstrap();

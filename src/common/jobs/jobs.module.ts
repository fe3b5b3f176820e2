import { BullModule } from '@nestjs/bullmq';
import { DynamicModule, Global, Module, Provider } from '@nestjs/common';
import { DiscoveryModule } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { BullMqTransport, JOBS_QUEUE } from './bullmq.transport';
import { InProcessTransport } from './in-process.transport';
import { JobRegistry } from './job-registry.service';
import { JobRunner } from './job-runner.service';
import { JobTransport } from './job-transport';
import { JobsController } from './jobs.controller';
import { OutboxJobProcessor } from './outbox-job.processor';
import { OutboxMessage } from './outbox-message.entity';
import { OutboxRelay } from './outbox-relay.service';
import { OutboxService } from './outbox.service';
import { redisOptions } from './redis-connection';

export interface JobsOptions {
  /** BullMQ on this Redis; without it jobs run in-process from the outbox. */
  redisUrl?: string;
  queuePrefix: string;
  /** Run the relay and the job handlers in this process. */
  runWorkers: boolean;
}

@Global()
@Module({})
export class JobsModule {
  static forRoot(options: JobsOptions): DynamicModule {
    const useRedis = !!options.redisUrl;
    const providers: Provider[] = [OutboxService, JobRegistry, JobRunner];
    if (useRedis) {
      providers.push(BullMqTransport, { provide: JobTransport, useExisting: BullMqTransport });
      if (options.runWorkers) providers.push(OutboxJobProcessor);
    } else {
      providers.push(InProcessTransport, { provide: JobTransport, useExisting: InProcessTransport });
    }
    if (options.runWorkers) providers.push(OutboxRelay);

    return {
      module: JobsModule,
      imports: [
        DiscoveryModule,
        TypeOrmModule.forFeature([OutboxMessage]),
        ...(useRedis
          ? [
              BullModule.forRoot({ connection: redisOptions(options.redisUrl!), prefix: options.queuePrefix }),
              // Fail fast while Redis is down instead of queueing commands in memory: the relay then
              // leaves the rows in the outbox and offers them again later.
              BullModule.registerQueue({ name: JOBS_QUEUE, connection: { ...redisOptions(options.redisUrl!), enableOfflineQueue: false } }),
            ]
          : []),
      ],
      controllers: [JobsController],
      providers,
      exports: [OutboxService, JobRunner, JobTransport, ...(options.runWorkers ? [OutboxRelay] : [])],
    };
  }
}

import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { JOB_HANDLER_METADATA, JobHandler } from './job-handler.decorator';

/** Finds every `@HandlesJob(name)` provider at start-up. */
@Injectable()
export class JobRegistry implements OnModuleInit {
  private readonly handlers = new Map<string, JobHandler>();

  constructor(
    private readonly discovery: DiscoveryService,
    private readonly reflector: Reflector,
  ) {}

  onModuleInit(): void {
    for (const wrapper of this.discovery.getProviders()) {
      const { instance, metatype } = wrapper;
      if (!instance || !metatype) continue;
      const jobName = this.reflector.get<string | undefined>(JOB_HANDLER_METADATA, metatype);
      if (!jobName) continue;
      if (this.handlers.has(jobName)) throw new Error(`Two handlers for job "${jobName}"`);
      this.handlers.set(jobName, instance as JobHandler);
    }
  }

  get(jobName: string): JobHandler | undefined {
    return this.handlers.get(jobName);
  }

  names(): string[] {
    return [...this.handlers.keys()];
  }
}

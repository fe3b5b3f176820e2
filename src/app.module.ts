import { DynamicModule, Module } from '@nestjs/common';
import { ThrottlerModule } from '@nestjs/throttler';
import { LoggerModule } from 'nestjs-pino';
import { CatalogModule } from './catalog/catalog.module';
import { DatabaseModule } from './common/database/database.module';
import { EventsModule } from './common/events';
import { IdempotencyModule } from './common/idempotency/idempotency.module';
import { JobsModule } from './common/jobs/jobs.module';
import { loggerParams } from './common/observability/logging';
import { ObservabilityModule } from './common/observability/observability.module';
import { AppConfigModule } from './config/config.module';
import { Environment, validateEnvironment } from './config/environment';
import { FulfillmentModule } from './fulfillment/fulfillment.module';
import { IdentityModule } from './identity/identity.module';
import { InboundModule } from './inbound/inbound.module';
import { WebhooksModule } from './integrations/webhooks/webhooks.module';
import { LOGIN_THROTTLER, PARTNER_THROTTLER } from './identity/access.decorators';
import { partnerLimit } from './identity/guards/rate-limit.guard';
import { IntegrationsModule } from './integrations/integrations.module';
import { InventoryModule } from './inventory/inventory.module';
import { PlanningModule } from './planning/planning.module';
import { PrintingModule } from './printing';
import { ProcurementModule } from './procurement/procurement.module';
import { ShippingModule } from './shipping/shipping.module';

export interface AppOptions {
  /** Run the outbox relay and job handlers in this process (default: RUN_WORKERS). */
  runWorkers?: boolean;
}

@Module({})
export class AppModule {
  /** The whole application; the API, the worker and the CLI differ only in what they start. */
  static register(options: AppOptions = {}): DynamicModule {
    // Validated here as well as in AppConfigModule because the job transport is chosen at module build time.
    const env = validateEnvironment(process.env);
    return {
      module: AppModule,
      imports: [
        AppConfigModule,
        LoggerModule.forRootAsync({ inject: [Environment], useFactory: loggerParams }),
        DatabaseModule,
        ThrottlerModule.forRootAsync({
          inject: [Environment],
          useFactory: (e: Environment) => ({
            throttlers: [
              { name: LOGIN_THROTTLER, ttl: 60_000, limit: e.LOGIN_RATE_LIMIT_PER_MINUTE },
              { name: PARTNER_THROTTLER, ttl: 60_000, limit: (context) => partnerLimit(context, e.PARTNER_RATE_LIMIT_PER_MINUTE) },
            ],
          }),
        }),
        JobsModule.forRoot({ redisUrl: env.REDIS_URL, queuePrefix: env.QUEUE_PREFIX, runWorkers: options.runWorkers ?? env.RUN_WORKERS }),
        EventsModule,
        IdempotencyModule,
        IdentityModule,
        ObservabilityModule,
        CatalogModule,
        InventoryModule,
        ProcurementModule,
        InboundModule,
        FulfillmentModule,
        ShippingModule,
        PlanningModule,
        PrintingModule,
        IntegrationsModule,
        WebhooksModule,
      ],
    };
  }
}

import { Injectable } from '@nestjs/common';
import { collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import { OutboxService } from '../jobs/outbox.service';

/** Prometheus metrics: HTTP latency, job counts and outbox lag, plus Node process metrics. */
@Injectable()
export class MetricsService {
  readonly registry = new Registry();
  readonly httpDuration: Histogram<'method' | 'route' | 'status'>;

  constructor(outbox: OutboxService) {
    collectDefaultMetrics({ register: this.registry });
    this.httpDuration = new Histogram({
      name: 'http_request_duration_seconds',
      help: 'HTTP request latency by route template',
      labelNames: ['method', 'route', 'status'],
      buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
      registers: [this.registry],
    });
    const lag = new Gauge({ name: 'outbox_lag_seconds', help: 'Age of the oldest due job not yet handed over', registers: [this.registry] });
    new Gauge({
      name: 'jobs',
      help: 'Background jobs in the outbox by status',
      labelNames: ['status'],
      registers: [this.registry],
      // Read on scrape, so every process reports the shared truth from the database.
      async collect() {
        const stats = await outbox.stats();
        for (const [status, count] of Object.entries(stats.counts)) this.set({ status }, count);
        lag.set(stats.lagSeconds);
      },
    });
  }
}

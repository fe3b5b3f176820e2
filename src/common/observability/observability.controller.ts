import { Controller, Get, Header, Headers, Optional } from '@nestjs/common';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthIndicatorFunction, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { UnauthorizedError } from '../errors';
import { Public } from '../../identity/access.decorators';
import { Environment } from '../../config/environment';
import { BullMqTransport } from '../jobs/bullmq.transport';
import { MetricsService } from './metrics.service';

@ApiTags('operations')
@Controller()
@Public()
export class ObservabilityController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly db: TypeOrmHealthIndicator,
    private readonly indicators: HealthIndicatorService,
    private readonly metrics: MetricsService,
    private readonly env: Environment,
    @Optional() private readonly bullmq?: BullMqTransport,
  ) {}

  @Get('health')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: database, and Redis when configured (503 when one is down)' })
  check(): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.db.pingCheck('database', { timeout: 2000 })];
    const bullmq = this.bullmq;
    if (bullmq) {
      checks.push(async () => {
        const redis = this.indicators.check('redis');
        try {
          await bullmq.ping();
          return redis.up();
        } catch (error) {
          return redis.down({ message: String(error) });
        }
      });
    }
    return this.health.check(checks);
  }

  @Get('metrics')
  @Header('Content-Type', 'text/plain; version=0.0.4')
  @ApiExcludeEndpoint()
  async scrape(@Headers('authorization') authorization?: string): Promise<string> {
    // Open by default like most exporters; METRICS_TOKEN closes it to anyone without the token.
    if (this.env.METRICS_TOKEN && authorization !== `Bearer ${this.env.METRICS_TOKEN}`) {
      throw new UnauthorizedError('METRICS_TOKEN_REQUIRED', 'Send the metrics token as a bearer token.');
    }
    return this.metrics.registry.metrics();
  }
}

import { Controller, Get, Header, Headers, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthIndicatorFunction, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { UnauthorizedError } from '../errors';
import { Public } from '../../identity/access.decorators';
import { Environment } from '../../config/environment';
import { JobTransport } from '../jobs/job-transport';
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
    private readonly jobs: JobTransport,
  ) {}

  @Get('health')
  @HealthCheck()
  @ApiOperation({ summary: 'Liveness and readiness: database, and Redis when configured (503 when one is down)' })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    const checks: HealthIndicatorFunction[] = [() => this.db.pingCheck('database', { timeout: 2000 })];
    if (this.jobs.name === 'bullmq') {
      checks.push(async () => {
        const redis = this.indicators.check('redis');
        try {
          await this.jobs.ping();
          return redis.up();
        } catch (error) {
          return redis.down({ message: String(error) });
        }
      });
    }
    try {
      return await this.health.check(checks);
    } catch (error) {
      // A failed check is a health report, not an error: answer 503 with the per-dependency details.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      return error.getResponse() as HealthCheckResult;
    }
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

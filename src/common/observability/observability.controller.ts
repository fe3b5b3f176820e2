import { Controller, Get, Header, Headers, Res, ServiceUnavailableException } from '@nestjs/common';
import type { Response } from 'express';
import { ApiExcludeEndpoint, ApiOperation, ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckResult, HealthCheckService, TypeOrmHealthIndicator } from '@nestjs/terminus';
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
    private readonly metrics: MetricsService,
    private readonly env: Environment,
    private readonly jobs: JobTransport,
  ) {}

  @Get('health')
  @HealthCheck()
  @ApiOperation({
    summary: 'Health: 503 when the database is down. Redis (when configured) is reported but does not fail the check: without it jobs wait, requests still work',
  })
  async check(@Res({ passthrough: true }) res: Response): Promise<HealthCheckResult> {
    let result: HealthCheckResult;
    try {
      result = await this.health.check([() => this.db.pingCheck('database', { timeout: 2000 })]);
    } catch (error) {
      // A failed check is a health report, not an error: answer 503 with the per-dependency details.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      res.status(503);
      result = error.getResponse() as HealthCheckResult;
    }
    if (this.jobs.name === 'bullmq') result.details.redis = await this.redisStatus();
    return result;
  }

  private async redisStatus(): Promise<{ status: 'up' | 'down'; message?: string }> {
    try {
      await this.jobs.ping();
      return { status: 'up' };
    } catch (error) {
      return { status: 'down', message: error instanceof Error ? error.message : String(error) };
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

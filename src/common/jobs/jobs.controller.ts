import { Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Roles } from '../../identity/access.decorators';
import { Audit } from '../../identity/audit.decorator';
import { Role } from '../../identity/roles';
import { ProblemDto } from '../http/problem.dto';
import { JobDto, JobPageDto, JobQueryDto, toJobDto } from './jobs.dto';
import { OutboxService } from './outbox.service';

@ApiTags('jobs')
@Controller('jobs')
@Roles(Role.Admin)
export class JobsController {
  constructor(private readonly outbox: OutboxService) {}

  @Get()
  @ApiOperation({ summary: 'List background jobs (filter `status=failed` for the ones needing attention)' })
  async list(@Query() query: JobQueryDto): Promise<JobPageDto> {
    const page = await this.outbox.list(query);
    return { ...page, items: page.items.map(toJobDto) };
  }

  @Get(':id')
  @ApiOperation({ summary: 'Get a background job with its last error' })
  async get(@Param('id') id: string): Promise<JobDto> {
    return toJobDto(await this.outbox.get(id));
  }

  @Post(':id/retry')
  @HttpCode(200)
  @Audit('job.retry', 'job')
  @ApiOperation({ summary: 'Run a failed job again, with a fresh set of attempts' })
  @ApiConflictResponse({ type: ProblemDto, description: 'The job has not failed.' })
  async retry(@Param('id') id: string): Promise<JobDto> {
    return toJobDto(await this.outbox.retry(id));
  }
}

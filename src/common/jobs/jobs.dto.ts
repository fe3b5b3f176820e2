import { IsEnum, IsOptional, IsString, MaxLength } from 'class-validator';
import { PageOf, PageQueryDto } from '../http/pagination';
import { JobPayload, OutboxMessage, OutboxStatus } from './outbox-message.entity';

export class JobQueryDto extends PageQueryDto {
  @IsOptional()
  @IsEnum(OutboxStatus)
  status?: OutboxStatus;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  jobName?: string;
}

export class JobDto {
  id: string;
  jobName: string;
  businessKey: string;
  payload: JobPayload;
  status: OutboxStatus;
  attempts: number;
  maxAttempts: number;
  availableAt: Date;
  completedAt: Date | null;
  lastError: string | null;
  createdAt: Date;
  updatedAt: Date;
}

export function toJobDto(m: OutboxMessage): JobDto {
  return {
    id: m.id, jobName: m.jobName, businessKey: m.businessKey, payload: m.payload, status: m.status, attempts: m.attempts,
    maxAttempts: m.maxAttempts, availableAt: m.availableAt, completedAt: m.completedAt, lastError: m.lastError,
    createdAt: m.createdAt, updatedAt: m.updatedAt,
  };
}

export class JobPageDto extends PageOf(JobDto) {}

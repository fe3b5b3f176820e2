import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, Repository } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { actorLabel, AnyActor } from '../actor';
import { AuditEvent } from '../entities/audit-event.entity';

const SECRET_KEYS = /pass(word)?|secret|token|api[-_]?key|authorization|^key$/i;

/** Copies a request body for the audit trail with secrets replaced and large values cut. */
export function redact(value: unknown, depth = 0): unknown {
  if (depth > 4) return '…';
  if (Array.isArray(value)) return value.slice(0, 50).map((v) => redact(v, depth + 1));
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value as Record<string, unknown>).map(([k, v]) => [k, SECRET_KEYS.test(k) ? '[redacted]' : redact(v, depth + 1)]),
    );
  }
  if (typeof value === 'string' && value.length > 500) return `${value.slice(0, 500)}…`;
  return value;
}

export interface AuditEntry {
  actor: AnyActor | { kind: 'anonymous'; label: string };
  action: string;
  entityType?: string | null;
  entityId?: string | null;
  summary?: Record<string, unknown>;
  requestId?: string | null;
  httpStatus?: number | null;
}

export interface AuditQuery extends PageQueryDto {
  actorId?: string;
  action?: string;
  entityType?: string;
  entityId?: string;
  from?: Date;
  to?: Date;
}

@Injectable()
export class AuditService {
  constructor(@InjectRepository(AuditEvent) private readonly events: Repository<AuditEvent>) {}

  async record(entry: AuditEntry, manager?: EntityManager): Promise<void> {
    const repo = manager ? manager.getRepository(AuditEvent) : this.events;
    const actor = entry.actor;
    await repo.insert(repo.create({
      actorType: actor.kind,
      actorId: actor.kind === 'anonymous' ? null : actor.id,
      actorLabel: actor.kind === 'anonymous' ? actor.label : actorLabel(actor),
      action: entry.action,
      entityType: entry.entityType ?? null,
      entityId: entry.entityId ?? null,
      summary: redact(entry.summary ?? {}) as JsonObject,
      requestId: entry.requestId ?? null,
      httpStatus: entry.httpStatus ?? null,
    }));
  }

  list(query: AuditQuery): Promise<Page<AuditEvent>> {
    const qb = this.events.createQueryBuilder('a');
    if (query.actorId) qb.andWhere('a.actorId = :actorId', { actorId: query.actorId });
    if (query.action) qb.andWhere('a.action LIKE :action', { action: `${query.action.replace(/[%_]/g, '\\$&')}%` });
    if (query.entityType) qb.andWhere('a.entityType = :entityType', { entityType: query.entityType });
    if (query.entityId) qb.andWhere('a.entityId = :entityId', { entityId: query.entityId });
    if (query.from) qb.andWhere('a.occurredAt >= :from', { from: query.from });
    if (query.to) qb.andWhere('a.occurredAt < :to', { to: query.to });
    return paginate(qb, parseSort(undefined, { occurredAt: 'occurredAt' }, 'a', '-occurredAt'), query);
  }
}

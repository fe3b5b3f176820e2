import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JsonObject } from '../database/json';
import { OutboxService } from '../jobs';
import { DomainEvent } from './domain-event.entity';
import { EventType } from './event-types';

/** Job that hands a published event to its subscribers (the integrations module handles it). */
export const DISPATCH_EVENT_JOB = 'events.dispatch';

export interface NewEvent {
  type: EventType;
  data: JsonObject;
  /** Defaults to now. */
  occurredAt?: Date;
  /** Partners the event concerns; nulls (e.g. a supplier without a partner account) are dropped. */
  partnerIds?: (string | null | undefined)[];
}

/**
 * Records domain events in the caller's transaction: an event exists exactly when the change that
 * caused it committed, and its dispatch job with it (transactional outbox).
 */
@Injectable()
export class EventPublisher {
  constructor(private readonly outbox: OutboxService) {}

  async publish(manager: EntityManager, event: NewEvent): Promise<void> {
    await this.publishMany(manager, [event]);
  }

  /** Several events in two statements, for batch work such as allocating thousands of orders. */
  async publishMany(manager: EntityManager, events: NewEvent[]): Promise<void> {
    if (!events.length) return;
    const now = new Date();
    const inserted = await manager.createQueryBuilder().insert().into(DomainEvent)
      .values(events.map((e) => ({
        type: e.type, data: e.data, occurredAt: e.occurredAt ?? now,
        partnerIds: [...new Set((e.partnerIds ?? []).filter((id): id is string => !!id))],
      })))
      .returning(['id'])
      .execute();
    const ids = (inserted.raw as { id: string }[]).map((r) => r.id);
    await this.outbox.enqueueMany(manager, ids.map((id) => ({ job: DISPATCH_EVENT_JOB, key: `event.${id}`, payload: { eventId: id } })));
  }
}

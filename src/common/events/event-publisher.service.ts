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
    const partnerIds = [...new Set((event.partnerIds ?? []).filter((id): id is string => !!id))];
    const saved = await manager.save(manager.create(DomainEvent, {
      type: event.type, data: event.data, occurredAt: event.occurredAt ?? new Date(), partnerIds,
    }));
    await this.outbox.enqueue(manager, { job: DISPATCH_EVENT_JOB, key: `event.${saved.id}`, payload: { eventId: saved.id } });
  }
}

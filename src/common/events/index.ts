export { DomainEvent } from './domain-event.entity';
export { DISPATCH_EVENT_JOB, EventPublisher } from './event-publisher.service';
export type { NewEvent } from './event-publisher.service';
export { EVENT_TYPES } from './event-types';
export type { EventType } from './event-types';
export { EventsModule } from './events.module';

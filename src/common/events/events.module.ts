import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { DomainEvent } from './domain-event.entity';
import { EventPublisher } from './event-publisher.service';

/** Any module may publish; only integrations reads the events back. */
@Global()
@Module({
  imports: [TypeOrmModule.forFeature([DomainEvent])],
  providers: [EventPublisher],
  exports: [EventPublisher],
})
export class EventsModule {}

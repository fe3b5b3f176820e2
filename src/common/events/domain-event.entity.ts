import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonObject } from '../database/json';

/**
 * Something that happened in the business, recorded in the same transaction as the change, for
 * the outside world (webhooks). `position` orders events as they were committed to be written;
 * `occurredAt` is when the thing happened (a carrier scan can arrive hours late).
 */
@Entity()
@Index('ix_domain_event_type_time', ['type', 'occurredAt'])
export class DomainEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_domain_event_position', { unique: true })
  @Column({ type: 'bigint', generatedIdentity: 'ALWAYS', generated: 'identity' })
  position: string;

  /** One of EVENT_TYPES, e.g. `parcel.delivered`. */
  @Column({ type: 'varchar', length: 60 })
  type: string;

  @Column({ type: 'timestamptz', precision: 3 })
  occurredAt: Date;

  /** The event's body as subscribers receive it: ids, numbers and statuses, never secrets. */
  @Column({ type: 'jsonb' })
  data: JsonObject;

  /**
   * Partners the event concerns (the carrier of a parcel, the supplier of a purchase order, the
   * shop of an order). A partner's own subscriptions receive only events naming it.
   */
  @Column({ type: 'uuid', array: true, default: () => "'{}'" })
  partnerIds: string[];

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { DomainEvent } from '../../../common/events';
import { WebhookSubscription } from './webhook-subscription.entity';

export enum DeliveryStatus {
  Pending = 'pending',
  Delivered = 'delivered',
  /** Out of attempts; a redelivery starts a new delivery. */
  Failed = 'failed',
}

/** The unique index that makes fanning out the same event twice a no-op. */
export const FIRST_DELIVERY_UNIQUE = 'uq_webhook_delivery_first';

/** One event to send to one subscription. A redelivery is a new row pointing at the original. */
@Entity()
@Index(FIRST_DELIVERY_UNIQUE, ['subscriptionId', 'eventId'], { unique: true, where: '"redelivery_of" IS NULL' })
@Index('ix_webhook_delivery_subscription_time', ['subscriptionId', 'createdAt'])
@Index('ix_webhook_delivery_redelivery_of', ['redeliveryOf'], { where: '"redelivery_of" IS NOT NULL' })
@Check('ck_webhook_delivery_status', `"status" IN ('pending', 'delivered', 'failed')`)
@Check('ck_webhook_delivery_attempts', '"attempt_count" >= 0 AND "max_attempts" >= 1')
export class WebhookDelivery {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  subscriptionId: string;

  @ManyToOne(() => WebhookSubscription, { onDelete: 'CASCADE' })
  subscription?: WebhookSubscription;

  @Index('ix_webhook_delivery_event')
  @Column({ type: 'uuid' })
  eventId: string;

  @ManyToOne(() => DomainEvent, { onDelete: 'CASCADE' })
  event?: DomainEvent;

  /** Copied from the event, for the delivery log. */
  @Column({ type: 'varchar', length: 60 })
  eventType: string;

  @Column({ type: 'varchar', length: 12, default: DeliveryStatus.Pending })
  status: DeliveryStatus;

  /** The attempt limit of its job, so the last attempt can mark the delivery failed. */
  @Column({ type: 'int' })
  maxAttempts: number;

  @Column({ type: 'int', default: 0 })
  attemptCount: number;

  @Column({ type: 'int', nullable: true })
  lastStatusCode: number | null;

  @Column({ type: 'text', nullable: true })
  lastError: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  lastAttemptAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  deliveredAt: Date | null;

  @Column({ type: 'uuid', nullable: true })
  redeliveryOf: string | null;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'redelivery_of' })
  original?: WebhookDelivery;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

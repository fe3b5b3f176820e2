import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { WebhookDelivery } from './webhook-delivery.entity';

/** One HTTP request of a delivery (or the reason it was not made), for the delivery log. */
@Entity()
@Index('ix_webhook_delivery_attempt_delivery', ['deliveryId', 'attemptNo'])
export class WebhookDeliveryAttempt {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  deliveryId: string;

  @ManyToOne(() => WebhookDelivery, { onDelete: 'CASCADE' })
  delivery?: WebhookDelivery;

  /** The job's attempt number, from 1. */
  @Column({ type: 'int' })
  attemptNo: number;

  @Column({ type: 'timestamptz', precision: 3 })
  startedAt: Date;

  @Column({ type: 'int' })
  durationMs: number;

  /** Null when no response came (refused target, DNS, connection, timeout). */
  @Column({ type: 'int', nullable: true })
  responseStatus: number | null;

  @Column({ type: 'text', nullable: true })
  error: string | null;

  /** The first 2 KB of the response body. */
  @Column({ type: 'text', nullable: true })
  responseBody: string | null;
}

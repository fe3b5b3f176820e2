import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * Where to POST which events. A subscription without a partner belongs to the operator and gets
 * every event of its types; a partner's subscription only the events that name that partner.
 */
@Entity()
@Index('ix_webhook_subscription_partner', ['partnerId'])
export class WebhookSubscription {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 2048 })
  url: string;

  /** A subset of EVENT_TYPES. */
  @Column({ type: 'varchar', length: 60, array: true })
  eventTypes: string[];

  /**
   * HMAC key of the `Webhook-Signature` header. Kept as issued because signing needs the key
   * itself (a hash would be useless); it is returned only on creation and rotation.
   */
  @Column({ type: 'varchar', length: 100 })
  secret: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  description: string | null;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /** Null: an operator's subscription. */
  @Column({ type: 'uuid', nullable: true })
  partnerId: string | null;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

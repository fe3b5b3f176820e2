import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { PurchaseOrder } from './purchase-order.entity';

/** One step in a purchase order's history, written in the transaction that took it. */
@Entity()
@Index('ix_purchase_order_event_order', ['purchaseOrderId', 'id'])
export class PurchaseOrderEvent {
  /** Increasing in insertion order, so steps taken in one transaction (same `occurredAt`) keep their order. */
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  purchaseOrderId: string;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'CASCADE' })
  purchaseOrder?: PurchaseOrder;

  /** A lifecycle action (`submit`, `approve`, …) or `create`. */
  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: string;

  @Column({ type: 'int' })
  revision: number;

  /** `user`, `api_key` or `system`. */
  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 254 })
  actorLabel: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Facts of the step, e.g. the base-currency total an approval decision was made on. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: JsonObject;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;
}

import { Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { OutboundOrder } from './outbound-order.entity';

/** One step in an order's history, written in the transaction that took it. */
@Entity()
@Index('ix_outbound_order_event_order', ['orderId', 'occurredAt'])
export class OutboundOrderEvent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OutboundOrder, { onDelete: 'CASCADE' })
  order?: OutboundOrder;

  /** A lifecycle action (`allocate`, `cancel`, …) or `create`, `reallocate`. */
  @Column({ type: 'varchar', length: 30 })
  action: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  fromStatus: string | null;

  @Column({ type: 'varchar', length: 20 })
  toStatus: string;

  /** `user`, `api_key` or `system`. */
  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Column({ type: 'varchar', length: 254 })
  actorLabel: string;

  @Column({ type: 'text', nullable: true })
  reason: string | null;

  /** Facts of the step, e.g. what was short when an order was backordered. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  details: JsonObject;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;
}

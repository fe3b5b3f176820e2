import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { RETURN_STATUSES, ReturnStatus } from '../returns/return.lifecycle';
import { sqlList } from './columns';

/** A return authorization (RMA) for goods of a shipped order, received at the dock of its warehouse. */
@Entity()
@Index('ix_return_order_order', ['orderId'])
@Index('ix_return_order_status', ['status', 'createdAt'])
@Check('ck_return_order_status', `"status" IN (${sqlList(RETURN_STATUSES)})`)
export class ReturnOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  /** The shop's order number, copied for the dock's screen and search. */
  @Column({ type: 'varchar', length: 64 })
  orderExternalId: string;

  /** Where the goods come back to: the warehouse that shipped them. */
  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 12, default: ReturnStatus.Authorized })
  status: ReturnStatus;

  @Column({ type: 'varchar', length: 254 })
  authorizedBy: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  receivedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from './columns';

export enum AllocationStatus {
  /** The reservation still holds stock for picking. */
  Active = 'active',
  /** Nothing left to pick: everything was picked or given back. */
  Closed = 'closed',
}

/**
 * One inventory reservation made for a requirement: which bin (and lot) the units come from.
 * `quantity − picked − released` is what the reservation still holds.
 */
@Entity()
@Index('ix_order_allocation_order', ['orderId'])
@Index('ix_order_allocation_requirement', ['requirementId'])
@Index('ix_order_allocation_bin', ['productId', 'locationId', 'status'])
@Index('uq_order_allocation_reservation', ['reservationId'], { unique: true })
@Check('ck_order_allocation_status', `"status" IN (${sqlList(Object.values(AllocationStatus))})`)
@Check('ck_order_allocation_quantities', `"quantity" > 0 AND "picked_quantity" >= 0 AND "released_quantity" >= 0 AND "picked_quantity" + "released_quantity" <= "quantity"`)
export class OrderAllocation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  requirementId: string;

  /** The inventory reservation (demand type `order_requirement`, demand id = requirement id). */
  @Column({ type: 'uuid' })
  reservationId: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'uuid' })
  locationId: string;

  /** Copied from the bin so pick lists can be sorted along the walk path without a lookup. */
  @Column({ type: 'varchar', length: 40 })
  locationCode: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int', default: 0 })
  pickedQuantity: number;

  /** Given back to stock (order cancelled, or the bin was short). */
  @Column({ type: 'int', default: 0 })
  releasedQuantity: number;

  @Column({ type: 'varchar', length: 10, default: AllocationStatus.Active })
  status: AllocationStatus;

  /** The wave that took it for picking; null while it waits for one. */
  @Column({ type: 'uuid', nullable: true })
  waveId: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** Units the reservation of `a` still holds. */
export const openQuantity = (a: Pick<OrderAllocation, 'quantity' | 'pickedQuantity' | 'releasedQuantity'>): number =>
  a.quantity - a.pickedQuantity - a.releasedQuantity;

import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { sqlList } from './columns';

export enum PickLineStatus {
  Open = 'open',
  Picked = 'picked',
  /** Fewer units were in the bin than the line asked for; a pick exception records it. */
  Short = 'short',
}

/** Take `quantity` of a product from a bin into an order's tote. One line per allocation. */
@Entity()
@Index('ix_pick_list_line_list', ['pickListId', 'seq'])
@Index('uq_pick_list_line_allocation', ['allocationId'], { unique: true })
@Check('ck_pick_list_line_status', `"status" IN (${sqlList(Object.values(PickLineStatus))})`)
@Check('ck_pick_list_line_quantities', `"quantity" > 0 AND "picked_quantity" >= 0 AND "short_quantity" >= 0 AND "picked_quantity" + "short_quantity" <= "quantity"`)
export class PickListLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  pickListId: string;

  /** Position along the walk path, from 1. */
  @Column({ type: 'int' })
  seq: number;

  @Column({ type: 'uuid' })
  allocationId: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'int' })
  toteSlot: number;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'uuid' })
  locationId: string;

  @Column({ type: 'varchar', length: 40 })
  locationCode: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int', default: 0 })
  pickedQuantity: number;

  @Column({ type: 'int', default: 0 })
  shortQuantity: number;

  @Column({ type: 'varchar', length: 10, default: PickLineStatus.Open })
  status: PickLineStatus;
}

export const lineOpenQuantity = (l: Pick<PickListLine, 'quantity' | 'pickedQuantity' | 'shortQuantity'>): number =>
  l.quantity - l.pickedQuantity - l.shortQuantity;

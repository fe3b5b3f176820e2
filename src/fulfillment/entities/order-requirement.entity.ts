import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { OutboundOrderLine } from './outbound-order-line.entity';

/**
 * What a line needs from the shelves: the product itself, or for a kit each component times the
 * line quantity. Allocation reserves per requirement; picking counts per requirement.
 */
@Entity()
@Index('ix_order_requirement_order', ['orderId'])
@Check('ck_order_requirement_quantities', `"quantity" > 0 AND "picked_quantity" >= 0 AND "picked_quantity" <= "allocated_quantity" AND "allocated_quantity" <= "quantity"`)
export class OrderRequirement {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  lineId: string;

  @ManyToOne(() => OutboundOrderLine, { onDelete: 'CASCADE' })
  line?: OutboundOrderLine;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'int' })
  quantity: number;

  /** Covered by reservations (still held or already picked). */
  @Column({ type: 'int', default: 0 })
  allocatedQuantity: number;

  @Column({ type: 'int', default: 0 })
  pickedQuantity: number;
}

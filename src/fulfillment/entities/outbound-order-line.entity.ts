import { Check, Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { OutboundOrder } from './outbound-order.entity';

/** One line as the shop sent it: a SKU (possibly a kit), how many, and the price paid. */
@Entity()
@Unique('uq_outbound_order_line_no', ['orderId', 'lineNo'])
@Check('ck_outbound_order_line_quantity', `"quantity" > 0`)
@Check('ck_outbound_order_line_price', `"unit_price_minor" >= 0`)
export class OutboundOrderLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @ManyToOne(() => OutboundOrder, { onDelete: 'CASCADE' })
  order?: OutboundOrder;

  /** 1, 2, 3 … in the order the shop listed them. */
  @Column({ type: 'int' })
  lineNo: number;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'int' })
  quantity: number;

  /** Price paid for one unit, in minor units of the order's currency. */
  @Column({ type: 'int' })
  unitPriceMinor: number;

  /** The SKU was a kit when ordered: its components are the requirements. */
  @Column({ type: 'boolean', default: false })
  isKit: boolean;
}

import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { RETURN_REASONS, ReturnReason } from '../returns/return.lifecycle';
import { sqlList } from './columns';
import { ReturnOrder } from './return-order.entity';

/**
 * Units of one product the customer may send back, and what the dock did with those that came:
 * restocked, quarantined or scrapped. A line is done when the three add up to the quantity.
 */
@Entity()
@Index('uq_return_line_no', ['returnOrderId', 'lineNo'], { unique: true })
@Check('ck_return_line_reason', `"reason_code" IN (${sqlList(RETURN_REASONS)})`)
@Check('ck_return_line_line_no', `"line_no" >= 1`)
@Check('ck_return_line_counts', `"restocked_quantity" >= 0 AND "quarantined_quantity" >= 0 AND "scrapped_quantity" >= 0`)
@Check('ck_return_line_quantities', `"quantity" > 0 AND "restocked_quantity" + "quarantined_quantity" + "scrapped_quantity" <= "quantity"`)
export class ReturnLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  returnOrderId: string;

  @ManyToOne(() => ReturnOrder, { onDelete: 'CASCADE' })
  returnOrder?: ReturnOrder;

  /** 1, 2, 3 … as authorized. */
  @Column({ type: 'int' })
  lineNo: number;

  /** A product that was shipped: for a kit, one of its components. */
  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'varchar', length: 20 })
  reasonCode: ReturnReason;

  @Column({ type: 'int', default: 0 })
  restockedQuantity: number;

  @Column({ type: 'int', default: 0 })
  quarantinedQuantity: number;

  @Column({ type: 'int', default: 0 })
  scrappedQuantity: number;
}

export const receivedQuantity = (l: Pick<ReturnLine, 'restockedQuantity' | 'quarantinedQuantity' | 'scrappedQuantity'>): number =>
  l.restockedQuantity + l.quarantinedQuantity + l.scrappedQuantity;

import { Check, Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnits } from '../common/columns';
import { Receipt } from './receipt.entity';

/**
 * What a receipt expected of one purchase-order line, and, once closed, what arrived. Lines for
 * goods nobody expected are added at close with expected 0 (`productId` null when the scanned code
 * matched no product).
 */
@Entity()
@Unique('uq_receipt_line_no', ['receiptId', 'lineNo'])
@Check(
  'ck_receipt_line_quantities',
  '"expected_quantity" >= 0 AND "received_quantity" >= 0 AND "damaged_quantity" >= 0 AND "damaged_quantity" <= "received_quantity" AND "purchase_order_quantity" >= 0',
)
export class ReceiptLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  receiptId: string;

  @ManyToOne(() => Receipt, { onDelete: 'CASCADE' })
  receipt?: Receipt;

  @Column({ type: 'int' })
  lineNo: number;

  @Column({ type: 'uuid', nullable: true })
  purchaseOrderId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  purchaseOrderNumber: string | null;

  @Column({ type: 'uuid', nullable: true })
  purchaseOrderLineId: string | null;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  sku: string | null;

  /** What was scanned when no product matched it. */
  @Column({ type: 'varchar', length: 200, nullable: true })
  scannedCode: string | null;

  @Column({ type: 'int' })
  expectedQuantity: number;

  /** Good and damaged units together. */
  @Column({ type: 'int', default: 0 })
  receivedQuantity: number;

  @Column({ type: 'int', default: 0 })
  damagedQuantity: number;

  @Column({ type: 'int', default: 0 })
  overQuantity: number;

  @Column({ type: 'int', default: 0 })
  shortQuantity: number;

  /** Units booked against the purchase-order line at close. */
  @Column({ type: 'int', default: 0 })
  purchaseOrderQuantity: number;

  @Column({ type: 'bigint', nullable: true, transformer: minorUnits })
  unitPriceMinor: number | null;

  @Column({ type: 'char', length: 3, nullable: true })
  currency: string | null;

  /** Landed value of the received units in the base currency, as last booked into the average cost. */
  @Column({ type: 'bigint', nullable: true, transformer: minorUnits })
  landedValueMinor: number | null;
}

import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { sqlList } from '../common/columns';
import { RECEIPT_STATUSES, ReceiptStatus } from '../receiving/receipt.lifecycle';
import { InboundShipment } from './inbound-shipment.entity';

/**
 * Receiving one delivery at the dock: against an announced shipment, or blind against a purchase
 * order when goods arrive unannounced. Scans collect while it is open; closing posts the stock.
 */
@Entity()
@Check('ck_receipt_number', `"number" ~ '^RCV-[0-9]{4}-[0-9]{5,}$'`)
@Check('ck_receipt_status', `"status" IN (${sqlList(RECEIPT_STATUSES)})`)
@Check('ck_receipt_source', '"shipment_id" IS NOT NULL OR "purchase_order_id" IS NOT NULL')
@Index('uq_receipt_open_shipment', ['shipmentId'], { unique: true, where: `"status" = 'open'` })
@Index('ix_receipt_warehouse_status', ['warehouseId', 'status'])
export class Receipt {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `RCV-<year>-<n>` from the `receipt_number_seq` sequence. */
  @Index('uq_receipt_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Column({ type: 'uuid', nullable: true })
  shipmentId: string | null;

  @ManyToOne(() => InboundShipment, { onDelete: 'RESTRICT' })
  shipment?: InboundShipment;

  /** Set for a blind receipt (no shipment announced). */
  @Column({ type: 'uuid', nullable: true })
  purchaseOrderId: string | null;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 10 })
  status: ReceiptStatus;

  @Column({ type: 'varchar', length: 64 })
  openedById: string;

  @Column({ type: 'varchar', length: 254 })
  openedBy: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  closedAt: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  closedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Incoterm, TransportMode } from '../services/incoterms';
import { PURCHASE_ORDER_STATUSES, PurchaseOrderStatus } from '../services/purchase-order.lifecycle';
import { INCOTERM_SQL_LIST, minorUnits } from './columns';
import { Supplier } from './supplier.entity';

/** The header of a purchase order; its lines are `PurchaseOrderLine` rows. */
@Entity()
@Check('ck_purchase_order_number_format', `"number" ~ '^PO-[0-9]{4}-[0-9]{5,}$'`)
@Check('ck_purchase_order_status', `"status" IN (${PURCHASE_ORDER_STATUSES.map((s) => `'${s}'`).join(', ')})`)
@Check('ck_purchase_order_incoterm', `"incoterm" IN (${INCOTERM_SQL_LIST})`)
@Check('ck_purchase_order_transport_mode', `"transport_mode" IN (${Object.values(TransportMode).map((m) => `'${m}'`).join(', ')})`)
@Check('ck_purchase_order_revision', `"revision" >= 1`)
@Check('ck_purchase_order_total', `"total_minor" >= 0`)
@Index('ix_purchase_order_status', ['status', 'createdAt'])
export class PurchaseOrder {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** `PO-<year>-<sequence>`, from the `purchase_order_number_seq` sequence. */
  @Index('uq_purchase_order_number', { unique: true })
  @Column({ type: 'varchar', length: 20 })
  number: string;

  @Index()
  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  supplier?: Supplier;

  /** Destination (ship-to) warehouse, from the inventory module. */
  @Index()
  @Column({ type: 'uuid' })
  warehouseId: string;

  /** ISO 4217; every line price is in this currency. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'varchar', length: 3 })
  incoterm: Incoterm;

  @Column({ type: 'varchar', length: 100 })
  incotermPlace: string;

  /** When known: sea-only incoterms are refused for other modes. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  transportMode: TransportMode | null;

  @Column({ type: 'varchar', length: 200 })
  paymentTerms: string;

  /** When the goods should be ready at the supplier. */
  @Column({ type: 'date', nullable: true })
  requestedReadyDate: string | null;

  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Column({ type: 'varchar', length: 20 })
  status: PurchaseOrderStatus;

  /** 1 as first sent; each change after sending adds one. */
  @Column({ type: 'int', default: 1 })
  revision: number;

  /** Σ (quantity − cancelled) × unit price over the lines, in minor units of `currency`. */
  @Column({ type: 'bigint', default: 0, transformer: minorUnits })
  totalMinor: number;

  @Index()
  @Column({ type: 'uuid' })
  createdById: string;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  submittedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  approvedAt: Date | null;

  /** Who approved, or `system:auto-approval` under the threshold. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  approvedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  sentAt: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  sentBy: string | null;

  /** When the supplier confirmed the current revision; cleared by a new revision. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  confirmedBy: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

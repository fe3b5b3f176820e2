import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryColumn } from 'typeorm';
import { PurchaseOrder } from './purchase-order.entity';

/** The rendered PDF of one revision of a purchase order. */
@Entity()
export class PurchaseOrderDocument {
  @PrimaryColumn({ type: 'uuid' })
  purchaseOrderId: string;

  @PrimaryColumn({ type: 'int' })
  revision: number;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'CASCADE' })
  purchaseOrder?: PurchaseOrder;

  /** e.g. `PO-2026-00001-r1.pdf`. */
  @Column({ type: 'varchar', length: 60 })
  fileName: string;

  @Column({ type: 'bytea' })
  pdf: Buffer;

  @Column({ type: 'int' })
  pageCount: number;

  /** Set once the supplier was mailed this revision, so a repeated mail job sends nothing. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  emailedAt: Date | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  emailedTo: string | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

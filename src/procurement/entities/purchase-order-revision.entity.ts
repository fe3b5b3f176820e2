import { Column, CreateDateColumn, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { PurchaseOrder } from './purchase-order.entity';

/** A change to a purchase order after it was sent: who, when, why and what (a per-line diff). */
@Entity()
@Unique('uq_purchase_order_revision', ['purchaseOrderId', 'revision'])
export class PurchaseOrderRevision {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  purchaseOrderId: string;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'CASCADE' })
  purchaseOrder?: PurchaseOrder;

  /** The revision this change created (2 for the first change after sending). */
  @Column({ type: 'int' })
  revision: number;

  @Column({ type: 'text' })
  reason: string;

  /** `{ lines: [{ lineId, lineNo, sku, changes: { field: { from, to } } }] }`. */
  @Column({ type: 'jsonb' })
  changes: JsonObject;

  @Column({ type: 'varchar', length: 64 })
  createdById: string;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Receipt } from './receipt.entity';

export enum PutawayTaskStatus {
  Open = 'open',
  Done = 'done',
}

/** Move received units from the receiving location into storage; created when a receipt closes. */
@Entity()
@Index('ix_putaway_task_queue', ['warehouseId', 'status', 'createdAt'])
@Check('ck_putaway_task_status', `"status" IN ('open', 'done')`)
@Check('ck_putaway_task_quantity', '"quantity" > 0 AND "quantity_put_away" >= 0 AND "quantity_put_away" <= "quantity"')
export class PutawayTask {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'uuid' })
  receiptId: string;

  @ManyToOne(() => Receipt, { onDelete: 'RESTRICT' })
  receipt?: Receipt;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  lotCode: string | null;

  /** The receiving location the units wait in. */
  @Column({ type: 'uuid' })
  fromLocationId: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int', default: 0 })
  quantityPutAway: number;

  /** Advice only: the worker may scan any bin. Null when no rule found one. */
  @Column({ type: 'uuid', nullable: true })
  suggestedLocationId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  suggestedLocationCode: string | null;

  /** The rule that produced the suggestion. */
  @Column({ type: 'varchar', length: 30, nullable: true })
  suggestionRule: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: PutawayTaskStatus;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { sqlList } from './columns';

export enum PickListKind {
  /** One big order. */
  Single = 'single',
  /** Several small orders into one cart, one tote slot each. */
  Batch = 'batch',
}

export enum PickListStatus {
  Open = 'open',
  InProgress = 'in_progress',
  Completed = 'completed',
}

/** One walk through the warehouse: lines in walk order, for one order or a cart of orders. */
@Entity()
@Index('ix_pick_list_wave', ['waveId'])
@Index('ix_pick_list_warehouse_status', ['warehouseId', 'status'])
@Check('ck_pick_list_kind', `"kind" IN (${sqlList(Object.values(PickListKind))})`)
@Check('ck_pick_list_status', `"status" IN (${sqlList(Object.values(PickListStatus))})`)
export class PickList {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  waveId: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 10 })
  kind: PickListKind;

  @Column({ type: 'varchar', length: 12, default: PickListStatus.Open })
  status: PickListStatus;

  /** Where picked goods go: the warehouse's first active packing location. */
  @Column({ type: 'uuid' })
  packingLocationId: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  completedAt: Date | null;
}

/** Which order goes into which tote slot of a pick list's cart (slot 1 for a single-order list). */
@Entity()
@Unique('uq_pick_list_order', ['pickListId', 'orderId'])
@Unique('uq_pick_list_tote', ['pickListId', 'toteSlot'])
@Index('ix_pick_list_order_order', ['orderId'])
@Check('ck_pick_list_order_slot', `"tote_slot" >= 1`)
export class PickListOrder {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  pickListId: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'int' })
  toteSlot: number;
}

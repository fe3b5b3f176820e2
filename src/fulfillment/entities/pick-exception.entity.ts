import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { JsonObject } from '../../common/database/json';
import { sqlList } from './columns';

export enum PickExceptionStatus {
  /** Reported by the picker; the bin and the order wait for a lead. */
  Open = 'open',
  Confirmed = 'confirmed',
}

/** A short pick: the bin held fewer units than the pick line asked for. */
@Entity()
@Index('ix_pick_exception_status', ['status', 'createdAt'])
@Index('ix_pick_exception_list', ['pickListId'])
@Check('ck_pick_exception_status', `"status" IN (${sqlList(Object.values(PickExceptionStatus))})`)
@Check('ck_pick_exception_quantities', `"found_quantity" >= 0 AND "missing_quantity" > 0`)
export class PickException {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  pickListId: string;

  @Column({ type: 'uuid' })
  pickListLineId: string;

  @Column({ type: 'uuid' })
  orderId: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid' })
  locationId: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  /** Units the picker found (and took); the bin is empty after that. */
  @Column({ type: 'int' })
  foundQuantity: number;

  /** Units the line still lacks. */
  @Column({ type: 'int' })
  missingQuantity: number;

  @Column({ type: 'varchar', length: 10, default: PickExceptionStatus.Open })
  status: PickExceptionStatus;

  @Column({ type: 'varchar', length: 254 })
  reportedBy: string;

  @Column({ type: 'varchar', length: 254, nullable: true })
  confirmedBy: string | null;

  /** What the confirmation did: the bin count, the adjustment, re-allocated and backordered units. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  resolution: JsonObject;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  confirmedAt: Date | null;
}

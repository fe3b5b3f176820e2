import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { sqlList } from './columns';
import { ServiceLevel } from './outbound-order.entity';

export enum WaveStatus {
  Planned = 'planned',
  Released = 'released',
  Completed = 'completed',
}

/** A group of allocated orders of one warehouse, picked together. */
@Entity()
@Index('ix_wave_warehouse', ['warehouseId', 'createdAt'])
@Check('ck_wave_status', `"status" IN (${sqlList(Object.values(WaveStatus))})`)
@Check('ck_wave_limits', `"max_orders" > 0 AND "max_lines" > 0`)
export class Wave {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  @Column({ type: 'varchar', length: 12, default: WaveStatus.Planned })
  status: WaveStatus;

  /** Only orders of this service level, when set. */
  @Column({ type: 'varchar', length: 10, nullable: true })
  serviceLevel: ServiceLevel | null;

  /** Only orders placed before this cut-off, when set. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  cutoffBefore: Date | null;

  @Column({ type: 'int' })
  maxOrders: number;

  @Column({ type: 'int' })
  maxLines: number;

  @Column({ type: 'int', default: 0 })
  orderCount: number;

  /** Pick lines (allocations) in the wave. */
  @Column({ type: 'int', default: 0 })
  lineCount: number;

  @Column({ type: 'varchar', length: 254 })
  createdBy: string;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  releasedAt: Date | null;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;
}

/** Membership of an order in a wave. */
@Entity()
@Unique('uq_wave_order', ['waveId', 'orderId'])
@Index('ix_wave_order_order', ['orderId'])
export class WaveOrder {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'uuid' })
  waveId: string;

  @Column({ type: 'uuid' })
  orderId: string;

  /** Position in the wave: oldest order first. */
  @Column({ type: 'int' })
  position: number;
}

import { Check, Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export enum MovementType {
  Receipt = 'receipt',
  Putaway = 'putaway',
  Move = 'move',
  Pick = 'pick',
  Pack = 'pack',
  Ship = 'ship',
  Adjustment = 'adjustment',
  Count = 'count',
  Return = 'return',
}

export const MOVEMENT_TYPES = Object.values(MovementType);

/**
 * One change of stock: quantity leaves `from` and/or arrives at `to`. Append-only: a database
 * trigger refuses UPDATE and DELETE, so history can be replayed to the balances at any time.
 */
@Entity()
@Index('ix_stock_movement_product_time', ['productId', 'occurredAt'])
@Index('ix_stock_movement_from', ['fromLocationId', 'occurredAt'])
@Index('ix_stock_movement_to', ['toLocationId', 'occurredAt'])
@Index('ix_stock_movement_reference', ['referenceType', 'referenceId'])
@Index('uq_stock_movement_idempotency', ['idempotencyKey', 'lineNo'], { unique: true, where: '"idempotency_key" IS NOT NULL' })
@Check('ck_stock_movement_quantity', '"quantity" > 0')
@Check('ck_stock_movement_locations', '"from_location_id" IS NOT NULL OR "to_location_id" IS NOT NULL')
@Check('ck_stock_movement_type', `"type" IN (${MOVEMENT_TYPES.map((t) => `'${t}'`).join(', ')})`)
export class StockMovement {
  @PrimaryGeneratedColumn('identity', { type: 'bigint' })
  id: string;

  @Column({ type: 'varchar', length: 12 })
  type: MovementType;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid', nullable: true })
  fromLocationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  toLocationId: string | null;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  /** Base units, always positive; the direction is given by from/to. */
  @Column({ type: 'int' })
  quantity: number;

  /** The document this belongs to, e.g. `receipt` / id, `outbound_order` / id, `cycle_count` / id. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  referenceType: string | null;

  @Column({ type: 'varchar', length: 64, nullable: true })
  referenceId: string | null;

  /** Why, for adjustments and counts: `damaged`, `lost`, `found`, `correction`, `expired`. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  reasonCode: string | null;

  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  /** Unique with `lineNo`: posting the same keyed batch twice writes it once. */
  @Column({ type: 'varchar', length: 300, nullable: true })
  idempotencyKey: string | null;

  /** Position of the movement within its posted batch. */
  @Column({ type: 'smallint', default: 0 })
  lineNo: number;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  occurredAt: Date;
}

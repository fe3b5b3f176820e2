import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { minorUnits, sqlList } from '../common/columns';
import { ALLOCATION_METHODS, AllocationMethod, COST_STATUSES, COST_TYPES, CostStatus, CostType } from '../landed-cost/cost-types';
import { InboundShipment } from './inbound-shipment.entity';

/** A cost of bringing a shipment in (freight, duty, …), spread over its lines for landed cost. */
@Entity()
@Index('ix_shipment_cost_shipment', ['shipmentId', 'createdAt'])
@Check('ck_shipment_cost_type', `"type" IN (${sqlList(COST_TYPES)})`)
@Check('ck_shipment_cost_method', `"method" IN (${sqlList(ALLOCATION_METHODS)})`)
@Check('ck_shipment_cost_status', `"status" IN (${sqlList(COST_STATUSES)})`)
@Check('ck_shipment_cost_amount', `"amount_minor" >= 0`)
@Check('ck_shipment_cost_amount_given', `"amount_minor" IS NOT NULL OR "method" = 'duty_by_hs'`)
export class ShipmentCost {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => InboundShipment, { onDelete: 'CASCADE' })
  shipment?: InboundShipment;

  @Column({ type: 'varchar', length: 20 })
  type: CostType;

  @Column({ type: 'varchar', length: 15 })
  method: AllocationMethod;

  /** Minor units of `currency`; null for duty by HS estimated from its rates. */
  @Column({ type: 'bigint', nullable: true, transformer: minorUnits })
  amountMinor: number | null;

  @Column({ type: 'char', length: 3 })
  currency: string;

  /** For `duty_by_hs`: HS code → rate as a decimal string, e.g. `{ "610910": "0.165" }`. */
  @Column({ type: 'jsonb', nullable: true })
  hsRates: Record<string, string> | null;

  @Column({ type: 'varchar', length: 10 })
  status: CostStatus;

  @Column({ type: 'varchar', length: 200, nullable: true })
  description: string | null;

  @Column({ type: 'varchar', length: 254 })
  updatedBy: string;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

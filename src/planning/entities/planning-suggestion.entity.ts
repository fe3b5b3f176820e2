import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { decimal, minorUnits } from './columns';

export enum SuggestionKind {
  /** Order more from the supplier, by sea. */
  Reorder = 'reorder',
  /** Order the units that would be lost before a sea order can land, by air. */
  ExpediteAir = 'expedite_air',
  /** Change an open purchase order: fly it, or have it ready sooner. */
  ExpeditePurchaseOrder = 'expedite_po',
}

export enum SuggestionStatus {
  Open = 'open',
  Dismissed = 'dismissed',
  Ordered = 'ordered',
}

export const SUGGESTION_KINDS = Object.values(SuggestionKind);
export const SUGGESTION_STATUSES = Object.values(SuggestionStatus);

const list = (values: readonly string[]) => values.map((v) => `'${v}'`).join(', ');

/**
 * A computed suggestion. Open and dismissed ones are unique per subject (kind, SKU, warehouse and,
 * for purchase-order expedites, the line); ordered ones are history and do not block new ones.
 */
@Entity()
@Index('uq_planning_suggestion_subject', ['subjectKey'], { unique: true, where: `"status" IN ('open', 'dismissed')` })
@Index('ix_planning_suggestion_status_urgency', ['status', 'urgency'])
@Index('ix_planning_suggestion_product', ['productId', 'warehouseId'])
@Check('ck_planning_suggestion_kind', `"kind" IN (${list(SUGGESTION_KINDS)})`)
@Check('ck_planning_suggestion_status', `"status" IN (${list(SUGGESTION_STATUSES)})`)
@Check('ck_planning_suggestion_action', `"action" IN ('switch_to_air', 'pull_forward')`)
@Check('ck_planning_suggestion_quantity', '"quantity" > 0')
export class PlanningSuggestion {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'varchar', length: 200 })
  subjectKey: string;

  @Column({ type: 'varchar', length: 20 })
  kind: SuggestionKind;

  /** For expedite_po: `switch_to_air` or `pull_forward`. */
  @Column({ type: 'varchar', length: 20, nullable: true })
  action: string | null;

  @Column({ type: 'varchar', length: 10 })
  status: SuggestionStatus;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'uuid' })
  warehouseId: string;

  /** Null when no active supplier sells the product (the suggestion then cannot be ordered). */
  @Column({ type: 'uuid', nullable: true })
  supplierId: string | null;

  @Column({ type: 'uuid', nullable: true })
  supplierProductId: string | null;

  /** `sea` or `air`. */
  @Column({ type: 'varchar', length: 10 })
  transportMode: string;

  /** Units suggested, after MOQ and carton rounding. */
  @Column({ type: 'int' })
  quantity: number;

  /** Units needed before rounding. */
  @Column({ type: 'int' })
  rawQuantity: number;

  /** When the suggested units would arrive if ordered today (or, for expedite_po, after the change). */
  @Column({ type: 'date' })
  arrivalDate: string;

  @Column({ type: 'date', nullable: true })
  stockoutDate: string | null;

  @Column({ type: 'int' })
  daysOfCover: number;

  /** Units projected lost over the horizon without any action. */
  @Column({ type: 'int' })
  unitsShort: number;

  @Column({ type: 'int' })
  lostUnitsAvoided: number;

  @Column({ type: 'bigint', transformer: minorUnits })
  extraFreightMinor: number;

  @Column({ type: 'char', length: 3 })
  freightCurrency: string;

  /** Days to the stock-out (horizon + 1 without one): lower is more urgent. */
  @Column({ type: 'int' })
  urgency: number;

  @Column({ type: 'boolean' })
  spike: boolean;

  @Column({ type: 'numeric', precision: 12, scale: 2, nullable: true, transformer: decimal })
  spikeMultiple: number | null;

  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: decimal })
  baselinePerDay: number;

  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: decimal })
  recentPerDay: number;

  /** For expedite_po: the line to change, and how many days sooner it must be ready (pull_forward). */
  @Column({ type: 'uuid', nullable: true })
  purchaseOrderId: string | null;

  @Column({ type: 'uuid', nullable: true })
  purchaseOrderLineId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  purchaseOrderNumber: string | null;

  @Column({ type: 'int', nullable: true })
  pullForwardDays: number | null;

  @Column({ type: 'text', nullable: true })
  dismissedReason: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  dismissedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  dismissedAt: Date | null;

  /** The figures the planner dismissed; the suggestion comes back when they move materially. */
  @Column({ type: 'int', nullable: true })
  dismissedQuantity: number | null;

  @Column({ type: 'date', nullable: true })
  dismissedStockoutDate: string | null;

  /** Set when a dismissed suggestion came back because its figures moved. */
  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  resurfacedAt: Date | null;

  /** The draft purchase order created from this suggestion. */
  @Column({ type: 'uuid', nullable: true })
  orderedPurchaseOrderId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  orderedPurchaseOrderNumber: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  orderedBy: string | null;

  @Column({ type: 'timestamptz', precision: 3, nullable: true })
  orderedAt: Date | null;

  @Column({ type: 'timestamptz', precision: 3 })
  computedAt: Date;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

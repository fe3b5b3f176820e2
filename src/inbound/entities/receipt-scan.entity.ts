import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Receipt } from './receipt.entity';

export enum ScanKind {
  /** An SSCC: the carton's declared contents. */
  Carton = 'carton',
  /** A product (GTIN, GS1 string or SKU) and a quantity. */
  Item = 'item',
  /** A product code that matches no product: kept as a discrepancy. */
  Unknown = 'unknown',
}

/**
 * One dock scan of a product into a receipt; a carton scan writes one row per content line, with
 * the same key. Nothing moves in stock until the receipt is closed.
 */
@Entity()
@Index('uq_receipt_scan_key', ['receiptId', 'idempotencyKey', 'lineNo'], { unique: true })
@Index('ix_receipt_scan_receipt', ['receiptId', 'scannedAt'])
@Check('ck_receipt_scan_kind', `"kind" IN ('carton', 'item', 'unknown')`)
@Check('ck_receipt_scan_quantity', '"quantity" > 0')
export class ReceiptScan {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  receiptId: string;

  @ManyToOne(() => Receipt, { onDelete: 'CASCADE' })
  receipt?: Receipt;

  /** The caller's `Idempotency-Key`, prefixed with the caller. */
  @Column({ type: 'varchar', length: 300 })
  idempotencyKey: string;

  @Column({ type: 'smallint', default: 0 })
  lineNo: number;

  @Column({ type: 'varchar', length: 10 })
  kind: ScanKind;

  @Column({ type: 'varchar', length: 200 })
  scannedCode: string;

  @Column({ type: 'char', length: 18, nullable: true })
  sscc: string | null;

  @Column({ type: 'uuid', nullable: true })
  productId: string | null;

  @Column({ type: 'varchar', length: 40, nullable: true })
  sku: string | null;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  @Column({ type: 'varchar', length: 20, nullable: true })
  lotCode: string | null;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'boolean', default: false })
  damaged: boolean;

  /** `within`, `over_flagged`, `over_limit` (accepted by override), `unexpected` or `unknown`. */
  @Column({ type: 'varchar', length: 15 })
  verdict: string;

  /** The warehouse lead who let an over-limit scan through. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  overriddenBy: string | null;

  @Column({ type: 'varchar', length: 10 })
  actorType: string;

  @Column({ type: 'varchar', length: 64, nullable: true })
  actorId: string | null;

  @Column({ type: 'timestamptz', precision: 3, default: () => 'now()' })
  scannedAt: Date;
}

import { Check, Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique, UpdateDateColumn } from 'typeorm';
import { minorUnits } from './columns';
import { Supplier } from './supplier.entity';

export const SUPPLIER_PRODUCT_UNIQUE = 'uq_supplier_product_product';
export const SUPPLIER_ITEM_CODE_UNIQUE = 'uq_supplier_product_item_code';
export const PREFERRED_SUPPLIER_UNIQUE = 'uq_supplier_product_preferred';

/** One of our products as a supplier sells it: their code and name, price, MOQ and carton. */
@Entity()
@Unique(SUPPLIER_PRODUCT_UNIQUE, ['supplierId', 'productId'])
@Unique(SUPPLIER_ITEM_CODE_UNIQUE, ['supplierId', 'supplierItemCode'])
@Index(PREFERRED_SUPPLIER_UNIQUE, ['productId'], { unique: true, where: '"preferred"' })
@Check('ck_supplier_product_price', `"unit_price_minor" >= 0`)
@Check('ck_supplier_product_moq', `"moq" >= 1`)
@Check('ck_supplier_product_carton_units', `"units_per_carton" >= 1`)
@Check('ck_supplier_product_carton_weight', `"carton_gross_weight_g" > 0`)
@Check('ck_supplier_product_carton_size', `"carton_length_mm" > 0 AND "carton_width_mm" > 0 AND "carton_height_mm" > 0`)
@Check('ck_supplier_product_lead_time', `"lead_time_days" >= 0`)
export class SupplierProduct {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  supplierId: string;

  @ManyToOne(() => Supplier, { onDelete: 'RESTRICT' })
  supplier?: Supplier;

  /** A catalog product; checked through ProductService, not a foreign key across modules. */
  @Index()
  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 60 })
  supplierItemCode: string;

  @Column({ type: 'varchar', length: 200 })
  supplierItemName: string;

  /** ISO 4217; the supplier's default currency unless agreed otherwise. */
  @Column({ type: 'char', length: 3 })
  currency: string;

  @Column({ type: 'bigint', transformer: minorUnits })
  unitPriceMinor: number;

  @Column({ type: 'int', default: 1 })
  moq: number;

  @Column({ type: 'int', default: 1 })
  unitsPerCarton: number;

  @Column({ type: 'int', nullable: true })
  cartonGrossWeightG: number | null;

  @Column({ type: 'int', nullable: true })
  cartonLengthMm: number | null;

  @Column({ type: 'int', nullable: true })
  cartonWidthMm: number | null;

  @Column({ type: 'int', nullable: true })
  cartonHeightMm: number | null;

  /** Overrides the supplier's lead time for this item. */
  @Column({ type: 'int', nullable: true })
  leadTimeDays: number | null;

  /** At most one preferred supplier per product (a partial unique index). */
  @Column({ type: 'boolean', default: false })
  preferred: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

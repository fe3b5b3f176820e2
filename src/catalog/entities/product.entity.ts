import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn, VersionColumn } from 'typeorm';

/** Names the service maps to SKU_TAKEN / GTIN_TAKEN when a concurrent insert wins the race. */
export const PRODUCT_SKU_UNIQUE = 'uq_product_sku';
export const PRODUCT_GTIN_UNIQUE = 'uq_product_gtin';

/**
 * A stock-keeping unit as bought, stored and declared to customs. Never deleted: stock, orders and
 * declarations refer to it, so retiring a product sets `active` to false.
 */
@Entity()
@Check('ck_product_sku_format', `"sku" ~ '^[A-Z0-9][A-Z0-9._-]{1,39}$'`)
@Check('ck_product_gtin_format', `"gtin" ~ '^[0-9]{14}$'`)
@Check('ck_product_hs_code_format', `"hs_code" ~ '^[0-9]{6}$'`)
@Check('ck_product_net_weight_positive', `"net_weight_g" > 0`)
@Check('ck_product_dimensions_positive', `"length_mm" > 0 AND "width_mm" > 0 AND "height_mm" > 0`)
@Check('ck_product_declared_value_non_negative', `"declared_value_minor" >= 0`)
@Check('ck_product_expiry_needs_lot', `NOT "expiry_tracked" OR "lot_tracked"`)
export class Product {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Upper-case, e.g. `TSH-M-BLK-L`. */
  @Index(PRODUCT_SKU_UNIQUE, { unique: true })
  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'varchar', length: 200 })
  nameEn: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  nameZh: string | null;

  /** GTIN-14 form: shorter GTINs are left-padded with zeros, so every form of a code compares equal. */
  @Index(PRODUCT_GTIN_UNIQUE, { unique: true, where: '"gtin" IS NOT NULL' })
  @Column({ type: 'char', length: 14, nullable: true })
  gtin: string | null;

  /** 6-digit HS subheading, the part every country's tariff shares. */
  @Index()
  @Column({ type: 'char', length: 6 })
  hsCode: string;

  /** Destination (`US`, `EU`, or an ISO alpha-2 country) → national tariff code starting with `hsCode`. */
  @Column({ type: 'jsonb', default: () => "'{}'" })
  hsCodes: Record<string, string>;

  /** ISO 3166-1 alpha-2. */
  @Column({ type: 'char', length: 2 })
  countryOfOrigin: string;

  @Column({ type: 'int' })
  netWeightG: number;

  @Column({ type: 'int' })
  lengthMm: number;

  @Column({ type: 'int' })
  widthMm: number;

  @Column({ type: 'int' })
  heightMm: number;

  /** English goods description printed on customs declarations. */
  @Column({ type: 'varchar', length: 200 })
  customsDescription: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  customsDescriptionZh: string | null;

  /** Declared value per unit in minor units of `declaredValueCurrency`. */
  @Column({ type: 'int' })
  declaredValueMinor: number;

  /** ISO 4217. */
  @Column({ type: 'char', length: 3 })
  declaredValueCurrency: string;

  @Column({ type: 'boolean', default: false })
  lotTracked: boolean;

  @Column({ type: 'boolean', default: false })
  expiryTracked: boolean;

  @Column({ type: 'boolean', default: true })
  active: boolean;

  /**
   * Millisecond precision, the precision of a JS Date: list cursors carry these values, and a
   * microsecond the cursor cannot hold would repeat or skip rows at page boundaries.
   */
  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;

  /** Incremented on every save; a client sends back the version it read to detect concurrent edits. */
  @VersionColumn()
  version: number;
}

import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export const BOX_TYPE_CODE_UNIQUE = 'uq_box_type_code';

/**
 * A carton size the pack stations stock. Inner dimensions decide what fits; tare and maximum gross
 * weight decide what it may carry. Parcels copy the figures they need, so editing or retiring a
 * box type never changes a parcel already packed.
 */
@Entity()
@Check('ck_box_type_code_format', `"code" ~ '^[A-Z0-9][A-Z0-9._-]{0,29}$'`)
@Check('ck_box_type_dimensions_positive', `"inner_length_mm" > 0 AND "inner_width_mm" > 0 AND "inner_height_mm" > 0`)
@Check('ck_box_type_tare_non_negative', `"tare_weight_g" >= 0`)
@Check('ck_box_type_max_weight_above_tare', `"max_gross_weight_g" > "tare_weight_g"`)
export class BoxType {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  /** Upper-case, printed on the shelf and scanned at the bench, e.g. `BOX-S`. */
  @Index(BOX_TYPE_CODE_UNIQUE, { unique: true })
  @Column({ type: 'varchar', length: 30 })
  code: string;

  @Column({ type: 'varchar', length: 100 })
  name: string;

  @Column({ type: 'int' })
  innerLengthMm: number;

  @Column({ type: 'int' })
  innerWidthMm: number;

  @Column({ type: 'int' })
  innerHeightMm: number;

  /** Weight of the empty box with its filling material. */
  @Column({ type: 'int' })
  tareWeightG: number;

  /** Box plus contents; the carton's rating or the carrier's limit, whichever is lower. */
  @Column({ type: 'int' })
  maxGrossWeightG: number;

  /** Retired boxes are never suggested and cannot be opened, but stay readable for old parcels. */
  @Column({ type: 'boolean', default: true })
  active: boolean;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

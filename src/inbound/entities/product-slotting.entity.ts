import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** Where a product belongs in one warehouse: its fixed pick face and the zone it is stored in. */
@Entity()
export class ProductSlotting {
  @PrimaryColumn({ type: 'uuid' })
  warehouseId: string;

  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid', nullable: true })
  fixedPickFaceLocationId: string | null;

  /** Upper-case zone, the first part of a `zone-aisle-rack-level` bin code. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  preferredZone: string | null;

  @Column({ type: 'varchar', length: 254 })
  updatedBy: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Parcel } from './parcel.entity';

/**
 * Units of one order requirement (a product, or a kit component) in a parcel, per lot: the lot
 * travels with the units from the pick so a recall can name the parcels that carried it.
 */
@Entity()
// One row per (parcel, requirement, lot, packing location); item scans lock the parcel row, so no two writers race for it.
@Index('ix_parcel_line_parcel', ['parcelId', 'requirementId'])
@Index('ix_parcel_line_requirement', ['requirementId'])
@Check('ck_parcel_line_quantity', `"quantity" > 0`)
@Check('ck_parcel_line_weight', `"unit_net_weight_g" > 0`)
export class ParcelLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  parcelId: string;

  @ManyToOne(() => Parcel, { onDelete: 'CASCADE' })
  parcel?: Parcel;

  @Column({ type: 'uuid' })
  orderId: string;

  /** The order line the units belong to (the kit's line for a component). */
  @Column({ type: 'uuid' })
  lineId: string;

  @Column({ type: 'uuid' })
  requirementId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  /** The packing location the picked units waited in; closing the parcel moves them out of it. */
  @Column({ type: 'uuid' })
  packingLocationId: string;

  @Column({ type: 'int' })
  quantity: number;

  /** Catalogue net weight per unit when packed. */
  @Column({ type: 'int' })
  unitNetWeightG: number;
}

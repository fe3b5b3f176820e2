import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** The planning category of a product (the catalog has none), so category policies can apply to it. */
@Entity()
export class PlanningProductCategory {
  @PrimaryColumn({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 60 })
  category: string;

  @Column({ type: 'varchar', length: 254 })
  updatedBy: string;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

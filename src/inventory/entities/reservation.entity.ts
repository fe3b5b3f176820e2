import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

export enum ReservationStatus {
  Active = 'active',
  Released = 'released',
  Consumed = 'consumed',
}

/**
 * Stock promised to a demand (an outbound order line), held in one balance row. The sum of the
 * active reservations' `quantity` of a row equals that row's `reserved`.
 */
@Entity()
@Index('ix_reservation_demand', ['demandType', 'demandId'])
@Index('ix_reservation_balance', ['productId', 'locationId', 'lotId'])
@Check('ck_reservation_quantity', '"quantity" >= 0 AND "quantity" <= "original_quantity"')
export class Reservation {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'uuid' })
  locationId: string;

  @Column({ type: 'uuid', nullable: true })
  lotId: string | null;

  /** Still held; goes down as stock is picked, to 0 when consumed. */
  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'int' })
  originalQuantity: number;

  @Column({ type: 'varchar', length: 40 })
  demandType: string;

  @Column({ type: 'varchar', length: 64 })
  demandId: string;

  @Column({ type: 'varchar', length: 10, default: ReservationStatus.Active })
  status: ReservationStatus;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', precision: 3 })
  updatedAt: Date;
}

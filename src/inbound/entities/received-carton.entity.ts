import { Column, CreateDateColumn, Entity, Index, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Receipt } from './receipt.entity';

/** An SSCC taken in at the dock. The unique index is what stops a carton being received twice. */
@Entity()
export class ReceivedCarton {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Index('uq_received_carton_sscc', { unique: true })
  @Column({ type: 'char', length: 18 })
  sscc: string;

  @Column({ type: 'uuid' })
  cartonId: string;

  @Column({ type: 'uuid' })
  receiptId: string;

  @ManyToOne(() => Receipt, { onDelete: 'CASCADE' })
  receipt?: Receipt;

  @CreateDateColumn({ type: 'timestamptz', precision: 3 })
  receivedAt: Date;
}

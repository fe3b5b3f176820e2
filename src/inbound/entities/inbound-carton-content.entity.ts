import { Check, Column, Entity, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { InboundCarton } from './inbound-carton.entity';

/** What a carton declares it holds: product, lot and quantity. Scanning the SSCC receives all of it. */
@Entity()
@Unique('uq_inbound_carton_content_line', ['cartonId', 'lineNo'])
@Check('ck_inbound_carton_content_quantity', '"quantity" > 0')
export class InboundCartonContent {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  cartonId: string;

  @ManyToOne(() => InboundCarton, { onDelete: 'CASCADE' })
  carton?: InboundCarton;

  @Column({ type: 'smallint' })
  lineNo: number;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'varchar', length: 20, nullable: true })
  lotCode: string | null;

  @Column({ type: 'date', nullable: true })
  expiryDate: string | null;

  @Column({ type: 'int' })
  quantity: number;
}

import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnits } from '../common/columns';
import { InboundShipment } from './inbound-shipment.entity';

/**
 * A purchase-order line travelling on a shipment. Price and currency are copied from the order when
 * the line is added, for landed cost; the order stays the record of what was agreed.
 */
@Entity()
@Unique('uq_inbound_shipment_line_po_line', ['shipmentId', 'purchaseOrderLineId'])
@Check('ck_inbound_shipment_line_quantity', '"quantity_shipped" > 0')
export class InboundShipmentLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  shipmentId: string;

  @ManyToOne(() => InboundShipment, { onDelete: 'CASCADE' })
  shipment?: InboundShipment;

  @Column({ type: 'int' })
  lineNo: number;

  @Column({ type: 'uuid' })
  purchaseOrderId: string;

  @Column({ type: 'varchar', length: 20 })
  purchaseOrderNumber: string;

  @Index('ix_inbound_shipment_line_po_line')
  @Column({ type: 'uuid' })
  purchaseOrderLineId: string;

  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'int' })
  quantityShipped: number;

  /** Supplier price per unit in minor units of `currency`. */
  @Column({ type: 'bigint', transformer: minorUnits })
  unitPriceMinor: number;

  @Column({ type: 'char', length: 3 })
  currency: string;
}

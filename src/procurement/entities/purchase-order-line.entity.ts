import { Check, Column, Entity, Index, ManyToOne, PrimaryGeneratedColumn, Unique } from 'typeorm';
import { minorUnits } from './columns';
import { PurchaseOrder } from './purchase-order.entity';
import { SupplierProduct } from './supplier-product.entity';

/**
 * One product on a purchase order. SKU and names are copied from the catalog when the line is
 * written, so the order (a document the supplier signed) does not change when the catalog does.
 */
@Entity()
@Unique('uq_purchase_order_line_no', ['purchaseOrderId', 'lineNo'])
@Check('ck_purchase_order_line_no', `"line_no" >= 1`)
@Check('ck_purchase_order_line_quantity', `"quantity" > 0`)
@Check('ck_purchase_order_line_price', `"unit_price_minor" >= 0`)
@Check('ck_purchase_order_line_received', `"quantity_received" >= 0`)
@Check('ck_purchase_order_line_cancelled', `"quantity_cancelled" >= 0 AND "quantity_cancelled" <= "quantity"`)
@Check('ck_purchase_order_line_confirmed', `"confirmed_quantity" >= 0`)
export class PurchaseOrderLine {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid' })
  purchaseOrderId: string;

  @ManyToOne(() => PurchaseOrder, { onDelete: 'CASCADE' })
  purchaseOrder?: PurchaseOrder;

  /** 1, 2, 3 … in the order the lines were given. */
  @Column({ type: 'int' })
  lineNo: number;

  @Index()
  @Column({ type: 'uuid' })
  productId: string;

  @Column({ type: 'varchar', length: 40 })
  sku: string;

  @Column({ type: 'varchar', length: 200 })
  productNameEn: string;

  @Column({ type: 'varchar', length: 200, nullable: true })
  productNameZh: string | null;

  @Column({ type: 'uuid' })
  supplierProductId: string;

  @ManyToOne(() => SupplierProduct, { onDelete: 'RESTRICT' })
  supplierProduct?: SupplierProduct;

  @Column({ type: 'varchar', length: 60 })
  supplierItemCode: string;

  @Column({ type: 'int' })
  quantity: number;

  @Column({ type: 'bigint', transformer: minorUnits })
  unitPriceMinor: number;

  @Column({ type: 'date', nullable: true })
  promisedDate: string | null;

  @Column({ type: 'int', default: 0 })
  quantityReceived: number;

  @Column({ type: 'int', default: 0 })
  quantityCancelled: number;

  /** What the supplier confirmed for the current revision. */
  @Column({ type: 'int', nullable: true })
  confirmedQuantity: number | null;

  @Column({ type: 'date', nullable: true })
  confirmedDate: string | null;
}

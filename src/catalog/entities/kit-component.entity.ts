import { Check, Column, Entity, Index, ManyToOne, PrimaryColumn } from 'typeorm';
import { Product } from './product.entity';

/**
 * One component of a kit (a bundle sold under its own SKU): `quantity` units of the component per
 * kit. A product with components is a kit; kits hold no stock of their own, their components do.
 */
@Entity()
@Index('ix_kit_component_component', ['componentProductId'])
@Check('ck_kit_component_quantity', `"quantity" > 0`)
@Check('ck_kit_component_not_self', `"kit_product_id" <> "component_product_id"`)
export class KitComponent {
  @PrimaryColumn({ type: 'uuid' })
  kitProductId: string;

  @PrimaryColumn({ type: 'uuid' })
  componentProductId: string;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  kitProduct?: Product;

  @ManyToOne(() => Product, { onDelete: 'RESTRICT' })
  componentProduct?: Product;

  @Column({ type: 'int' })
  quantity: number;
}

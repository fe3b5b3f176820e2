import { Injectable } from '@nestjs/common';
import { kitAvailability, KitService, ProductService } from '../../catalog';
import { StockQueryService, WarehouseAvailability } from '../../inventory';

export interface KitAvailability {
  productId: string;
  sku: string;
  isKit: boolean;
  /** Kits (or units) that can be promised: per warehouse, summed, since an order is served from one warehouse. */
  available: number;
  warehouses: { warehouseId: string; warehouseCode: string; available: number }[];
  components: { productId: string; sku: string; quantity: number; available: number }[];
}

/**
 * What can be promised of a SKU. A kit holds no stock: it is available only as far as every
 * component is, i.e. min over components of ⌊available ÷ quantity per kit⌋, warehouse by warehouse.
 */
@Injectable()
export class KitAvailabilityService {
  constructor(
    private readonly products: ProductService,
    private readonly kits: KitService,
    private readonly stock: StockQueryService,
  ) {}

  async forSku(sku: string): Promise<KitAvailability> {
    const product = await this.products.getBySku(sku);
    const { components } = await this.kits.get(product.id);
    const parts = components.length ? components.map((c) => ({ product: c.product, quantity: c.quantity })) : [{ product, quantity: 1 }];
    const byPart = await Promise.all(parts.map((p) => this.stock.availability(p.product.id)));
    const warehouses = new Map<string, string>(byPart.flat().map((w) => [w.warehouseId, w.warehouseCode]));
    const availableIn = (rows: WarehouseAvailability[], warehouseId?: string) =>
      rows.filter((r) => !warehouseId || r.warehouseId === warehouseId).reduce((sum, r) => sum + r.available, 0);
    const recipe = parts.map((p) => ({ componentProductId: p.product.id, quantity: p.quantity }));
    const perWarehouse = [...warehouses].map(([warehouseId, warehouseCode]) => ({
      warehouseId,
      warehouseCode,
      available: kitAvailability(recipe, (id) => availableIn(byPart[parts.findIndex((p) => p.product.id === id)], warehouseId)),
    }));
    return {
      productId: product.id,
      sku: product.sku,
      isKit: components.length > 0,
      available: perWarehouse.reduce((sum, w) => sum + w.available, 0),
      warehouses: perWarehouse.sort((a, b) => a.warehouseCode.localeCompare(b.warehouseCode)),
      components: components.map((c, i) => ({ productId: c.product.id, sku: c.product.sku, quantity: c.quantity, available: availableIn(byPart[i]) })),
    };
  }
}

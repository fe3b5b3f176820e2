export class WarehouseKitAvailabilityDto {
  warehouseId: string;
  warehouseCode: string;
  available: number;
}

export class ComponentAvailabilityDto {
  productId: string;
  sku: string;
  /** Units per kit. */
  quantity: number;
  /** Units free to promise, all warehouses. */
  available: number;
}

export class KitAvailabilityDto {
  productId: string;
  sku: string;
  isKit: boolean;
  /** Kits (or units of an ordinary product) that can be promised; each from one warehouse. */
  available: number;
  warehouses: WarehouseKitAvailabilityDto[];
  /** Empty for an ordinary product. */
  components: ComponentAvailabilityDto[];
}

import { Product, ProductService } from '../../catalog';
import { NotFoundError, UnprocessableError } from '../../common/errors';
import { WarehouseService } from '../../inventory';
import { Supplier } from '../entities/supplier.entity';
import { supplierInactive } from '../procurement.errors';
import { SupplierService } from './supplier.service';

/**
 * Records named in a request body. A missing one is the caller's mistake about that field (422
 * naming it), not a missing resource at the URL (404).
 */
async function referenced<T>(lookup: Promise<T>, code: string, field: string, id: string): Promise<T> {
  try {
    return await lookup;
  } catch (error) {
    if (!(error instanceof NotFoundError)) throw error;
    throw new UnprocessableError(code, `${field} ${id} does not exist.`, [{ field, message: `${field} names no existing record` }]);
  }
}

export const requireProduct = (products: ProductService, productId: string, field: string): Promise<Product> =>
  referenced(products.get(productId), 'PRODUCT_NOT_FOUND', field, productId);

/** Each distinct product once, for lines that repeat products. */
export async function requireProducts(products: ProductService, refs: { productId: string; field: string }[]): Promise<Map<string, Product>> {
  const found = new Map<string, Product>();
  for (const { productId, field } of refs) {
    if (!found.has(productId)) found.set(productId, await requireProduct(products, productId, field));
  }
  return found;
}

export async function requireWarehouse(warehouses: WarehouseService, warehouseId: string): Promise<void> {
  const warehouse = await referenced(warehouses.get(warehouseId), 'WAREHOUSE_NOT_FOUND', 'warehouseId', warehouseId);
  if (!warehouse.active) {
    throw new UnprocessableError('WAREHOUSE_INACTIVE', `Warehouse ${warehouse.code} is inactive.`, [
      { field: 'warehouseId', message: `warehouse ${warehouse.code} is inactive` },
    ]);
  }
}

export async function requireActiveSupplier(suppliers: SupplierService, supplierId: string): Promise<Supplier> {
  const supplier = await referenced(suppliers.get(supplierId), 'SUPPLIER_NOT_FOUND', 'supplierId', supplierId);
  if (!supplier.active) throw supplierInactive(supplier.code);
  return supplier;
}

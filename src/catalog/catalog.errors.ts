import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors';

export const productNotFound = (idOrCode: string) => new NotFoundError('product', idOrCode);
export const skuTaken = (sku: string) => new ConflictError('SKU_TAKEN', `A product with SKU ${sku} already exists.`, { sku });
export const gtinTaken = (gtin: string) => new ConflictError('GTIN_TAKEN', `A product with GTIN ${gtin} already exists.`, { gtin });
export const productVersionConflict = (id: string, expected: number, current: number) =>
  new ConflictError(
    'PRODUCT_VERSION_CONFLICT',
    `Product ${id} was changed by someone else (version ${current}, you sent ${expected}); reload it and apply your change again.`,
    { expectedVersion: expected, currentVersion: current },
  );

export const kitComponentInvalid = (field: string, message: string) =>
  new UnprocessableError('KIT_COMPONENT_INVALID', message, [{ field, message }]);

export const kitIsComponent = (sku: string, kitSkus: string[]) =>
  new ConflictError('KIT_IS_COMPONENT', `${sku} is a component of ${kitSkus.join(', ')}; a kit cannot be part of another kit.`, { sku, kits: kitSkus });

import { ConflictError, FieldError, NotFoundError, UnprocessableError } from '../../common/errors';

export const returnNotFound = (id: string) => new NotFoundError('return', id);

export const orderNotShipped = (orderId: string, status: string) =>
  new ConflictError('RETURN_ORDER_NOT_SHIPPED', `Order ${orderId} is ${status}; returns are authorized for shipped or delivered orders only.`, { state: status });

/** One or more lines ask for more than was shipped and not yet returned, or for something never shipped. */
export const returnLinesInvalid = (errors: FieldError[]) =>
  new UnprocessableError('RETURN_LINES_INVALID', errors.map((e) => e.message).join('; '), errors);

export interface OpenReturnItem {
  sku: string;
  open: number;
}

const listed = (open: OpenReturnItem[]) => (open.length ? open.map((o) => `${o.sku} (${o.open})`).join(', ') : 'nothing more');

export const wrongReturnItem = (sku: string, why: string, open: OpenReturnItem[]) =>
  new UnprocessableError('RETURN_WRONG_ITEM', `${sku} ${why}; this return expects ${listed(open)}.`, [
    { field: 'item', message: `expected ${open.map((o) => o.sku).join(' or ') || 'nothing more'}` },
  ], { scannedSku: sku, expected: open });

export const returnTooMany = (sku: string, open: number, quantity: number) =>
  new UnprocessableError('RETURN_QUANTITY_EXCEEDS', `Only ${open} more ${sku} expected on this return; ${quantity} scanned.`, [
    { field: 'quantity', message: `at most ${open}` },
  ], { open, quantity });

export const restockLocationRequired = () =>
  new UnprocessableError('RESTOCK_LOCATION_REQUIRED', 'Restocking needs the storage or pick-face bin the units go into: scan it as location.', [
    { field: 'location', message: 'scan the bin' },
  ]);

export const restockLocationUnsuitable = (code: string, why: string) =>
  new UnprocessableError('RESTOCK_LOCATION_UNSUITABLE', `Location ${code} cannot take returned stock: ${why}.`, [{ field: 'location', message: why }]);

export const locationUnknown = (raw: string) =>
  new UnprocessableError('SCAN_UNREADABLE', `Could not read location "${raw}": no location has this barcode.`, [
    { field: 'location', message: 'no location has this barcode' },
  ], { read: raw });

export const noQuarantineLocation = (warehouseId: string) =>
  new ConflictError('NO_QUARANTINE_LOCATION', `Warehouse ${warehouseId} has no active quarantine location.`, { warehouseId });

export const returnLotRequired = (sku: string) =>
  new UnprocessableError('LOT_REQUIRED', `${sku} is lot-tracked: scan or enter the lot of the returned units.`, [{ field: 'lot', message: 'lot is required for this product' }]);

export const returnLotUnknown = (sku: string, lot: string) =>
  new UnprocessableError('LOT_UNKNOWN', `No lot ${lot} of ${sku} was ever received.`, [{ field: 'lot', message: `unknown lot ${lot}` }]);

export const returnLotNotTracked = (sku: string) =>
  new UnprocessableError('LOT_NOT_TRACKED', `${sku} is not lot-tracked; scan it without a lot.`, [{ field: 'lot', message: 'this product has no lots' }]);

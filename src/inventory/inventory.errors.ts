import { ConflictError, ForbiddenError, UnprocessableError, ValidationFailedError } from '../common/errors';

/** A conflict lists this many clashing codes at most; `existingCount` says how many there are. */
const MAX_LISTED_CODES = 20;

export const warehouseCodeTaken = (code: string) =>
  new ConflictError('WAREHOUSE_CODE_TAKEN', `A warehouse with code ${code} already exists.`, { warehouseCode: code });

export const warehouseInactive = (code: string) =>
  new ConflictError('WAREHOUSE_INACTIVE', `Warehouse ${code} is inactive; reactivate it before adding locations.`, { warehouseCode: code });

export const locationsExist = (warehouseCode: string, codes: string[]) => {
  const listed = codes.slice(0, MAX_LISTED_CODES);
  const more = codes.length > listed.length ? ` and ${codes.length - listed.length} more` : '';
  return new ConflictError('LOCATION_EXISTS', `Warehouse ${warehouseCode} already has location ${listed.join(', ')}${more}; nothing was created.`, {
    warehouseCode,
    existing: listed,
    existingCount: codes.length,
  });
};

export const invalidLocationRange = (rule: string) => new ValidationFailedError([{ field: 'pattern', message: `pattern is invalid: ${rule}` }]);

export const stockInsufficient = (p: { productId: string; locationId: string; lotId: string | null; available: number; requested: number }) =>
  new ConflictError(
    'STOCK_INSUFFICIENT',
    `Only ${p.available} available of product ${p.productId} in location ${p.locationId}${p.lotId ? ` (lot ${p.lotId})` : ''}; ${p.requested} requested.`,
    p,
  );

export const reservationNotActive = (id: string, status: string) =>
  new ConflictError('RESERVATION_NOT_ACTIVE', `Reservation ${id} is ${status}.`, { reservationId: id, status });

export const reservationTooSmall = (id: string, held: number, requested: number) =>
  new ConflictError('RESERVATION_TOO_SMALL', `Reservation ${id} holds ${held}; ${requested} requested.`, { reservationId: id, held, requested });

export const locationUnusable = (locationId: string, why: string) =>
  new ConflictError('LOCATION_UNUSABLE', `Location ${locationId} cannot take part: ${why}.`, { locationId });

export const unreadableScan = (field: string, raw: string, reason: string) =>
  new UnprocessableError('SCAN_UNREADABLE', `Could not read ${field} "${raw}": ${reason}`, [{ field, message: reason }], { read: raw });

export const wrongScanKind = (field: string, raw: string, expected: string, got: string) =>
  new UnprocessableError('SCAN_WRONG_KIND', `${field} "${raw}" is a ${got} barcode; a ${expected} was expected.`, [{ field, message: `expected a ${expected} barcode` }], { read: raw });

export const lotRequired = (sku: string) =>
  new UnprocessableError('LOT_REQUIRED', `${sku} is lot-tracked: scan or enter the lot.`, [{ field: 'lot', message: 'lot is required for this product' }]);

export const expiryRequired = (sku: string) =>
  new UnprocessableError('EXPIRY_REQUIRED', `${sku} tracks expiry: scan or enter the expiry date when receiving.`, [{ field: 'expiry', message: 'expiry is required for this product' }]);

export const lotNotTracked = (sku: string) =>
  new UnprocessableError('LOT_NOT_TRACKED', `${sku} is not lot-tracked; scan it without a lot.`, [{ field: 'lot', message: 'this product has no lots' }]);

export const adjustmentNeedsLead = (quantity: number, valueMinor: number) =>
  new ForbiddenError('ADJUSTMENT_NEEDS_LEAD', `An adjustment of ${quantity} units (declared value ${valueMinor}) needs a warehouse lead.`);

export const noOpenCount = (locationId: string) =>
  new ConflictError('NO_OPEN_COUNT', `Location ${locationId} is not in an open cycle count; a lead creates counts.`, { locationId });

/** What a new count was asked to cover cannot be counted: unknown, foreign or inactive bins, unknown products. */
export const cycleCountScopeInvalid = (field: 'warehouseId' | 'locationIds' | 'productIds', message: string) =>
  new UnprocessableError('CYCLE_COUNT_SCOPE_INVALID', `${field}: ${message}`, [{ field, message }]);

export const locationsInOpenCount = (busy: { locationId: string; locationCode: string; cycleCountId: string }[]) => {
  const listed = busy.slice(0, MAX_LISTED_CODES);
  const more = busy.length > listed.length ? ` and ${busy.length - listed.length} more` : '';
  return new ConflictError(
    'LOCATION_IN_OPEN_COUNT',
    `Location ${listed.map((b) => b.locationCode).join(', ')}${more} is already in an open cycle count; nothing was created.`,
    { locations: listed, locationCount: busy.length },
  );
};

export const cycleCountIncomplete = (lineIds: string[]) =>
  new ConflictError(
    'CYCLE_COUNT_INCOMPLETE',
    `${lineIds.length} line(s) are not counted yet or wait for a recount; count them first.`,
    { lineIds: lineIds.slice(0, MAX_LISTED_CODES), incompleteLines: lineIds.length },
  );

export const cycleCountLinesUnknown = (lineIds: string[]) =>
  new UnprocessableError('CYCLE_COUNT_LINE_UNKNOWN', `Line ${lineIds.join(', ')} is not a line of this cycle count.`, [
    { field: 'lineIds', message: `not lines of this count: ${lineIds.slice(0, MAX_LISTED_CODES).join(', ')}` },
  ]);

export interface StockDifference {
  locationId: string;
  productId: string;
  lotId: string | null;
  expected: number;
  onHand: number;
}

/** Stock changed in a frozen bin other than through this count, so its variances would be wrong. */
export const cycleCountStockChanged = (differences: StockDifference[]) =>
  new ConflictError(
    'CYCLE_COUNT_STOCK_CHANGED',
    `Stock in ${differences.length} frozen row(s) no longer matches the count's snapshot; nothing was posted. Cancel the count and create a new one.`,
    { differences: differences.slice(0, MAX_LISTED_CODES) },
  );

import { ConflictError, FieldError, NotFoundError, UnprocessableError } from '../common/errors';

export const orderNotFound = (id: string) => new NotFoundError('outbound_order', id);
export const waveNotFound = (id: string) => new NotFoundError('wave', id);
export const pickListNotFound = (id: string) => new NotFoundError('pick_list', id);
export const pickLineNotFound = (id: string) => new NotFoundError('pick_list_line', id);
export const pickExceptionNotFound = (id: string) => new NotFoundError('pick_exception', id);

/** A bad address, unknown SKU or inconsistent currency: 422 naming the field. */
export const orderInvalid = (errors: FieldError[]) =>
  new UnprocessableError('ORDER_INVALID', errors.map((e) => `${e.field}: ${e.message}`).join('; '), errors);

export const externalIdConflict = (externalId: string, orderId: string) =>
  new ConflictError(
    'ORDER_EXTERNAL_ID_CONFLICT',
    `Order ${externalId} was already received with different content; send a new external id for a new order.`,
    { externalId, orderId },
  );

export const orderPickingStarted = (id: string, status: string) =>
  new ConflictError('ORDER_PICKING_STARTED', `Order ${id} already has picked goods; it can no longer be cancelled.`, {
    state: status,
    allowedActions: [],
  });

export const noPackingLocation = (warehouseId: string) =>
  new ConflictError('NO_PACKING_LOCATION', `Warehouse ${warehouseId} has no active packing location for picked goods.`, { warehouseId });

export const waveNotPlanned = (id: string, status: string) =>
  new ConflictError('WAVE_NOT_PLANNED', `Wave ${id} is ${status}; only a planned wave can be released.`, { state: status });

export const noOrdersForWave = () =>
  new UnprocessableError('WAVE_EMPTY', 'No allocated orders match the wave criteria.', [{ field: 'warehouseId', message: 'no allocated orders wait for a wave here' }]);

export const pickListClosed = (id: string) => new ConflictError('PICK_LIST_COMPLETED', `Pick list ${id} is completed.`, { pickListId: id });

export const wrongBin = (scanned: string, expected: string | null) =>
  new UnprocessableError(
    'PICK_WRONG_LOCATION',
    expected ? `Bin ${scanned} has nothing open on this pick list; the next bin is ${expected}.` : `Bin ${scanned} has nothing open on this pick list.`,
    [{ field: 'location', message: 'not a bin with an open line on this pick list' }],
    { expectedLocation: expected },
  );

export const wrongItem = (sku: string, bin: string, expected: string[]) =>
  new UnprocessableError('PICK_WRONG_ITEM', `${sku} is not to be picked from ${bin}; expected ${expected.join(', ')}.`, [
    { field: 'item', message: `expected ${expected.join(' or ')}` },
  ], { expectedSkus: expected });

export const toteRequired = (slots: number[]) =>
  new UnprocessableError('PICK_TOTE_REQUIRED', `Several orders take this item from this bin; scan the tote (slot ${slots.join(', ')}).`, [
    { field: 'tote', message: `one of tote slots ${slots.join(', ')}` },
  ]);

export const pickTooMany = (open: number, quantity: number) =>
  new UnprocessableError('PICK_QUANTITY_EXCEEDS', `The line asks for ${open} more; ${quantity} scanned.`, [
    { field: 'quantity', message: `at most ${open}` },
  ], { open, quantity });

export const notShort = (open: number, found: number) =>
  new UnprocessableError('PICK_NOT_SHORT', `${found} found covers the ${open} the line asks for; scan them as a pick.`, [
    { field: 'found', message: `must be less than ${open}` },
  ]);

export const pickLineNotOpen = (id: string, status: string) =>
  new ConflictError('PICK_LINE_NOT_OPEN', `Pick line ${id} is ${status}.`, { state: status });

export const exceptionConfirmed = (id: string) =>
  new ConflictError('PICK_EXCEPTION_CONFIRMED', `Pick exception ${id} was already confirmed.`, { pickExceptionId: id });

import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError, ValidationFailedError } from '../common/errors';

export const shipmentNotFound = (id: string) => new NotFoundError('inbound_shipment', id);
export const receiptNotFound = (id: string) => new NotFoundError('receipt', id);
export const cartonNotFound = (sscc: string) => new NotFoundError('inbound_carton', sscc);
export const putawayTaskNotFound = (id: string) => new NotFoundError('putaway_task', id);
export const shipmentCostNotFound = (id: string) => new NotFoundError('shipment_cost', id);

export const invalidField = (field: string, message: string) => new ValidationFailedError([{ field, message }]);

export const forwarderRequired = (partnerId: string, kind: string) =>
  new UnprocessableError('PARTNER_NOT_FORWARDER', `Partner ${partnerId} is a ${kind}, not a forwarder.`, [
    { field: 'forwarderId', message: `forwarderId must name a partner of kind forwarder, not ${kind}` },
  ]);

export const overShipment = (field: string, sku: string, shippable: number, requested: number, tolerancePercent: number) =>
  new UnprocessableError(
    'OVER_SHIPMENT',
    `${requested} units of ${sku} exceed what the purchase-order line can still ship (${shippable}, open quantity less other shipments, with ${tolerancePercent}% tolerance).`,
    [{ field, message: `${field} may be at most ${shippable}` }],
    { shippable, requested, tolerancePercent },
  );

export const purchaseOrderNotShippable = (field: string, number: string, status: string) =>
  new UnprocessableError('PURCHASE_ORDER_NOT_SHIPPABLE', `Purchase order ${number} is ${status}; only approved, sent, confirmed or partially received orders ship.`, [
    { field, message: `purchase order ${number} is ${status}` },
  ]);

export const wrongWarehouse = (field: string, number: string) =>
  new UnprocessableError('PURCHASE_ORDER_OTHER_WAREHOUSE', `Purchase order ${number} ships to another warehouse than this shipment.`, [
    { field, message: `purchase order ${number} is for another warehouse` },
  ]);

export const shipmentNotEditable = (number: string, status: string) =>
  new ConflictError('SHIPMENT_NOT_EDITABLE', `Shipment ${number} is ${status}; it can no longer be changed.`, { shipmentStatus: status });

export const cartonsInvalid = (errors: { field: string; message: string }[]) =>
  new UnprocessableError('CARTONS_INVALID', `${errors.length} problem(s) in the cartons; nothing was registered.`, errors);

export const ssccTaken = (sscc: string) => new ConflictError('SSCC_TAKEN', `SSCC ${sscc} is already registered on a shipment.`, { sscc });

export const ssccRangeExhausted = (prefix: string) =>
  new ConflictError('SSCC_RANGE_EXHAUSTED', `Every serial reference of GS1 company prefix ${prefix} has been used; configure a new prefix or extension digit.`);

export const ssccAlreadyReceived = (sscc: string) => new ConflictError('SSCC_ALREADY_RECEIVED', `Carton ${sscc} has already been received.`, { sscc });

export const ssccNotOnShipment = (sscc: string) =>
  new UnprocessableError('SSCC_NOT_ON_SHIPMENT', `Carton ${sscc} is not registered on this receipt's shipment; scan its products one by one.`, [
    { field: 'code', message: `SSCC ${sscc} is not a carton of this shipment` },
  ]);

export const receiptAlreadyOpen = (shipment: string, receiptId?: string) =>
  new ConflictError('RECEIPT_ALREADY_OPEN', `Shipment ${shipment} already has an open receipt${receiptId ? ` (${receiptId})` : ''}; scan into that one.`, { receiptId: receiptId ?? null });

export const overReceipt = (sku: string, expected: number, limit: number, total: number, tolerancePercent: number) =>
  new ConflictError(
    'OVER_RECEIPT',
    `${total} units of ${sku} would exceed the ${expected} expected by more than ${tolerancePercent}% (at most ${limit} without an override); ` +
      'count again, or have a warehouse lead scan with override: true.',
    { sku, expected, limit, total, tolerancePercent },
  );

export const overrideNeedsLead = () =>
  new ForbiddenError('OVERRIDE_REQUIRES_LEAD', 'Only a warehouse lead may override the over-receipt tolerance.');

export const locationMissing = (warehouseId: string, type: string) =>
  new ConflictError('LOCATION_MISSING', `Warehouse ${warehouseId} has no active ${type} location; create one before receiving.`, { warehouseId, type });

export const locationOfOtherWarehouse = (field: string, code: string) =>
  new UnprocessableError('LOCATION_OTHER_WAREHOUSE', `Location ${code} is in another warehouse.`, [{ field, message: `${field} ${code} is in another warehouse` }]);

export const putawayTooMuch = (taskId: string, remaining: number, requested: number) =>
  new ConflictError('PUTAWAY_EXCEEDS_TASK', `Task ${taskId} has ${remaining} units left to put away; ${requested} scanned.`, { remaining, requested });

export const putawayTaskDone = (taskId: string) => new ConflictError('PUTAWAY_TASK_DONE', `Put-away task ${taskId} is already done.`);

export const allocationImpossible = (costId: string, reason: string) =>
  new UnprocessableError('LANDED_COST_NO_BASIS', `Cost ${costId} cannot be allocated: ${reason}.`, [{ field: 'method', message: reason }], { costId });

export const unreadableScan = (field: string, raw: string, reason: string) =>
  new UnprocessableError('SCAN_UNREADABLE', `Could not read ${field} "${raw}": ${reason}`, [{ field, message: reason }], { read: raw });

export const lotRequired = (sku: string) =>
  new UnprocessableError('LOT_REQUIRED', `${sku} is lot-tracked: scan or enter the lot.`, [{ field: 'lot', message: 'lot is required for this product' }]);

export const expiryRequired = (sku: string) =>
  new UnprocessableError('EXPIRY_REQUIRED', `${sku} tracks expiry: scan or enter the expiry date.`, [{ field: 'expiry', message: 'expiry is required for this product' }]);

export const lotNotTracked = (sku: string) =>
  new UnprocessableError('LOT_NOT_TRACKED', `${sku} is not lot-tracked; scan it without a lot.`, [{ field: 'lot', message: 'this product has no lots' }]);

export const purchaseOrderNotReceivable = (number: string, status: string) =>
  new ConflictError(
    'PURCHASE_ORDER_NOT_RECEIVABLE',
    `Purchase order ${number} is ${status}; goods are received against confirmed or partially received orders (the supplier confirms first).`,
    { purchaseOrderNumber: number, purchaseOrderStatus: status },
  );

export const nothingToReceive = (number: string) =>
  new UnprocessableError('NOTHING_TO_RECEIVE', `Purchase order ${number} has no open quantity left to receive.`, [
    { field: 'purchaseOrder', message: `purchase order ${number} is fully received` },
  ]);

export const receiptNotClosed = (number: string, status: string) =>
  new ConflictError('RECEIPT_NOT_CLOSED', `Receipt ${number} is ${status}; its discrepancies are known once it is closed.`, { receiptStatus: status });

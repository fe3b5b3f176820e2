import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError } from '../../common/errors';

export const boxTypeNotFound = (idOrCode: string) => new NotFoundError('box_type', idOrCode);
export const parcelNotFound = (id: string) => new NotFoundError('parcel', id);

export const boxTypeCodeTaken = (code: string) =>
  new ConflictError('BOX_TYPE_CODE_TAKEN', `A box type with code ${code} already exists.`, { boxTypeCode: code });

export const boxTypeWeightsInvalid = (tareWeightG: number, maxGrossWeightG: number) =>
  new UnprocessableError('BOX_TYPE_WEIGHTS_INVALID', `The maximum gross weight (${maxGrossWeightG} g) must exceed the tare (${tareWeightG} g).`, [
    { field: 'maxGrossWeightG', message: `maxGrossWeightG must be more than the tare weight of ${tareWeightG} g` },
  ]);

export const boxTypeInactive = (code: string) =>
  new UnprocessableError('BOX_TYPE_INACTIVE', `Box type ${code} is retired; choose another box.`, [{ field: 'boxTypeCode', message: `${code} is retired` }]);

export const scanUnreadable = (field: string, raw: string, reason: string) =>
  new UnprocessableError('SCAN_UNREADABLE', `Could not read ${field} "${raw}": ${reason}`, [{ field, message: reason }], { read: raw });

export const scanWrongKind = (field: string, raw: string, kind: string) =>
  new UnprocessableError('SCAN_WRONG_KIND', `${field} "${raw}" is a ${kind} barcode; scan the item itself.`, [{ field, message: 'expected an item barcode' }], {
    read: raw,
  });

export const orderScanUnknown = (raw: string) =>
  new UnprocessableError('PACK_ORDER_UNKNOWN', `No order, shop order number or tote "${raw}" is waiting at packing.`, [
    { field: 'order', message: 'scan the order slip or the tote' },
  ], { read: raw });

export const orderScanAmbiguous = (raw: string, count: number) =>
  new UnprocessableError('PACK_ORDER_AMBIGUOUS', `${count} shops sent an order numbered "${raw}"; scan the order slip's barcode (order id) instead.`, [
    { field: 'order', message: 'ambiguous shop order number' },
  ], { read: raw });

export const orderNotPicked = (orderId: string, status: string) =>
  new ConflictError('ORDER_NOT_READY_FOR_PACKING', `Order ${orderId} is ${status}; only picked orders are packed.`, { state: status });

export const parcelAlreadyOpen = (orderId: string, parcelId: string, sequence: number) =>
  new ConflictError('PARCEL_ALREADY_OPEN', `Parcel ${sequence} of order ${orderId} is still open; close it before opening another.`, { parcelId, sequence });

export const nothingLeftToPack = (orderId: string) =>
  new ConflictError('ORDER_FULLY_PACKED', `Every picked unit of order ${orderId} is already in a parcel.`, { orderId });

export const noBoxFits = () =>
  new UnprocessableError('NO_BOX_FITS', 'No active box type holds all remaining items; choose a box with boxTypeCode and pack into several parcels.', [
    { field: 'boxTypeCode', message: 'choose a box: the remaining items need more than one parcel' },
  ]);

export interface ExpectedItem {
  sku: string;
  remaining: number;
}

const listed = (expected: ExpectedItem[]) => (expected.length ? expected.map((e) => `${e.sku} (${e.remaining})`).join(', ') : 'nothing more');

/** A mis-scan: the product is not in the order, or all its units are packed already. */
export const wrongPackItem = (sku: string, why: string, expected: ExpectedItem[]) =>
  new UnprocessableError('PACK_WRONG_ITEM', `${sku} ${why}; expected ${listed(expected)}.`, [
    { field: 'item', message: `expected ${expected.map((e) => e.sku).join(' or ') || 'nothing more'}` },
  ], { scannedSku: sku, expected });

export const packTooMany = (sku: string, remaining: number, quantity: number) =>
  new UnprocessableError('PACK_QUANTITY_EXCEEDS', `Only ${remaining} more ${sku} to pack; ${quantity} scanned.`, [
    { field: 'quantity', message: `at most ${remaining}` },
  ], { remaining, quantity });

export const itemDoesNotFit = (sku: string, boxTypeCode: string) =>
  new UnprocessableError('ITEM_DOES_NOT_FIT', `${sku} is longer, wider or higher than box ${boxTypeCode}; pack it in a larger box.`, [
    { field: 'item', message: `does not fit box ${boxTypeCode}` },
  ]);

export const parcelOverweight = (boxTypeCode: string, maxGrossWeightG: number, weightG: number) =>
  new UnprocessableError('PARCEL_OVERWEIGHT', `Box ${boxTypeCode} carries at most ${maxGrossWeightG} g; this would make it ${weightG} g. Start another parcel.`, [
    { field: 'quantity', message: `box ${boxTypeCode} would exceed ${maxGrossWeightG} g` },
  ], { maxGrossWeightG, weightG });

export const parcelEmpty = (parcelId: string) =>
  new UnprocessableError('PARCEL_EMPTY', `Parcel ${parcelId} has no items; scan items into it before closing.`, [{ field: 'parcelId', message: 'the parcel is empty' }]);

export const grossWeightOutOfTolerance = (check: { computedWeightG: number; grossWeightG: number; toleranceG: number; differenceG: number }) =>
  new UnprocessableError(
    'PARCEL_WEIGHT_MISMATCH',
    `The scale says ${check.grossWeightG} g but the contents and box should weigh ${check.computedWeightG} g (±${check.toleranceG} g); ` +
      'check the parcel for missing or extra items. A warehouse lead may accept it with override: true.',
    [{ field: 'grossWeightG', message: `expected ${check.computedWeightG} g ± ${check.toleranceG} g` }],
    { ...check },
  );

export const overrideNeedsLead = () =>
  new ForbiddenError('WEIGHT_OVERRIDE_NEEDS_LEAD', 'Only a warehouse lead may accept a gross weight outside the tolerance.');

export const noShippingLocation = (warehouseId: string) =>
  new ConflictError('NO_SHIPPING_LOCATION', `Warehouse ${warehouseId} has no active shipping location for packed parcels.`, { warehouseId });

export const pickedGoodsMissing = (sku: string) =>
  new ConflictError('PICKED_GOODS_MISSING', `The picks of ${sku} for this order do not account for the packed units; check the pick history.`, { sku });

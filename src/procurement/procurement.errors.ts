import { ConflictError, ForbiddenError, NotFoundError, UnprocessableError, ValidationFailedError } from '../common/errors';

export const supplierNotFound = (idOrCode: string) => new NotFoundError('supplier', idOrCode);
export const supplierProductNotFound = (id: string) => new NotFoundError('supplier_product', id);
export const purchaseOrderNotFound = (id: string) => new NotFoundError('purchase_order', id);

export const supplierCodeTaken = (code: string) =>
  new ConflictError('SUPPLIER_CODE_TAKEN', `A supplier with code ${code} already exists.`, { supplierCode: code });
export const partnerAlreadyLinked = (partnerId: string) =>
  new ConflictError('PARTNER_ALREADY_LINKED', `Partner ${partnerId} already acts for another supplier.`, { partnerId });
export const supplierVersionConflict = (id: string, expected: number, current: number) =>
  new ConflictError(
    'SUPPLIER_VERSION_CONFLICT',
    `Supplier ${id} was changed by someone else (version ${current}, you sent ${expected}); reload it and apply your change again.`,
    { expectedVersion: expected, currentVersion: current },
  );
export const partnerNotSupplier = (partnerId: string, kind: string) =>
  new UnprocessableError('PARTNER_NOT_SUPPLIER', `Partner ${partnerId} is a ${kind}, not a supplier.`, [
    { field: 'partnerId', message: `partnerId must name a partner of kind supplier, not ${kind}` },
  ]);

export const supplierProductExists = (field: 'productId' | 'supplierItemCode', value: string) =>
  new ConflictError(
    'SUPPLIER_PRODUCT_EXISTS',
    field === 'productId' ? `The supplier already sells product ${value}.` : `The supplier already has an item with code ${value}.`,
    { [field]: value },
  );

export const supplierInactive = (code: string) =>
  new UnprocessableError('SUPPLIER_INACTIVE', `Supplier ${code} is inactive; reactivate it before ordering from it.`, [
    { field: 'supplierId', message: `supplier ${code} is inactive` },
  ]);

export const productNotSupplied = (field: string, productId: string, supplierCode: string) =>
  new UnprocessableError('PRODUCT_NOT_SUPPLIED', `Supplier ${supplierCode} has no active item for product ${productId}.`, [
    { field, message: `${field} is not sold by supplier ${supplierCode}; add it to the supplier's products first` },
  ]);

export const priceNeeded = (field: string, itemCurrency: string, orderCurrency: string) =>
  new UnprocessableError('PRICE_REQUIRED', `The supplier's price is in ${itemCurrency} but the order is in ${orderCurrency}.`, [
    { field, message: `${field} is required: the supplier's list price is in ${itemCurrency}, the order in ${orderCurrency}` },
  ]);

export const amountOverflow = (field: string) =>
  new ValidationFailedError([{ field, message: `${field} makes an amount larger than ${Number.MAX_SAFE_INTEGER} minor units (price overflow)` }]);

export const fxRateMissing = (currency: string, date: string, baseCurrency: string) =>
  new UnprocessableError(
    'FX_RATE_MISSING',
    `No ${currency} → ${baseCurrency} exchange rate on or before ${date}; an admin must add one (PUT /api/v1/fx-rates/${currency}/${date}).`,
    [{ field: 'currency', message: `currency ${currency} has no exchange rate to ${baseCurrency} on or before ${date}` }],
    { currency, date, baseCurrency },
  );

export const baseAmountOverflow = (currency: string, rate: string) =>
  new UnprocessableError('BASE_AMOUNT_OVERFLOW', `The total converted at ${rate} ${currency} is too large to represent; check the exchange rate.`, [
    { field: 'currency', message: `currency ${currency} converts to an amount above ${Number.MAX_SAFE_INTEGER} minor units` },
  ]);

export const fxRateForBaseCurrency = (currency: string) =>
  new UnprocessableError('FX_RATE_FOR_BASE_CURRENCY', `${currency} is the base currency; its rate is always 1.`, [
    { field: 'currency', message: `currency ${currency} is the base currency` },
  ]);

export const fourEyesRequired = (action: string) =>
  new ForbiddenError('FOUR_EYES_REQUIRED', `The person who created a purchase order cannot ${action} it; another procurement manager must.`);

export const managerRequired = (action: string) =>
  new ForbiddenError('MANAGER_REQUIRED', `Only a procurement manager who did not create the order can ${action} it above the approval threshold.`);

export const reasonRequired = (action: string) =>
  new ValidationFailedError([{ field: 'reason', message: `reason is required to ${action} a purchase order` }]);

export const noLines = () =>
  new UnprocessableError('PO_HAS_NO_LINES', 'A purchase order needs at least one line before it can be submitted.', [
    { field: 'lines', message: 'lines must not be empty' },
  ]);

export const revisionMismatch = (current: number, sent: number) =>
  new ConflictError('PO_REVISION_MISMATCH', `The order is at revision ${current}; the confirmation was for revision ${sent}. Confirm the current revision.`, {
    currentRevision: current,
    revision: sent,
  });

export const emptyRevision = () =>
  new UnprocessableError('PO_REVISION_EMPTY', 'The revision changes nothing.', [{ field: 'lines', message: 'lines must change at least one value' }]);

export const unknownLine = (field: string, lineId: string) =>
  new UnprocessableError('PO_LINE_NOT_FOUND', `The order has no line ${lineId}.`, [{ field, message: `${field} is not a line of this order` }]);

export const lineRuleBroken = (field: string, message: string) =>
  new UnprocessableError('PO_LINE_INVALID', message, [{ field, message }]);

export const overReceipt = (lineId: string, open: number, quantity: number, tolerancePercent: number) =>
  new ConflictError(
    'PO_OVER_RECEIPT',
    `Receiving ${quantity} exceeds what line ${lineId} still expects (${open}, with ${tolerancePercent}% tolerance).`,
    { purchaseOrderLineId: lineId, receivable: open, quantity, tolerancePercent },
  );

export const documentNotReady = (number: string, revision: number, status: string) =>
  new ConflictError(
    'PO_DOCUMENT_NOT_READY',
    status === 'draft' || status === 'submitted'
      ? `${number} gets its document when it is approved.`
      : `The document of ${number} revision ${revision} is being rendered; try again in a few seconds.`,
    { revision, status },
  );

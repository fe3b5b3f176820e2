import { ConflictError, NotFoundError, UnprocessableError } from '../common/errors';
import { CustomsViolation } from './customs/customs-rule';

export const carrierNotFound = (id: string) => new NotFoundError('carrier', id);
export const carrierServiceNotFound = (idOrCode: string) => new NotFoundError('carrier_service', idOrCode);
/** Also what a partner key gets for a parcel of another carrier: the parcel's existence is not theirs to know. */
export const parcelNotFound = (id: string) => new NotFoundError('parcel', id);
export const labelNotFound = (parcelId: string) => new NotFoundError('shipment_label', parcelId);
export const manifestNotFound = (id: string) => new NotFoundError('manifest', id);
export const documentNotFound = (kind: string) => new NotFoundError('shipping_document', kind);

export const carrierCodeTaken = (code: string) => new ConflictError('CARRIER_CODE_TAKEN', `A carrier with code ${code} already exists.`, { carrierCode: code });
export const serviceCodeTaken = (code: string) =>
  new ConflictError('CARRIER_SERVICE_CODE_TAKEN', `The carrier already has a service with code ${code}.`, { serviceCode: code });

export const unknownAdapter = (adapter: string, known: string[]) =>
  new UnprocessableError('CARRIER_ADAPTER_UNKNOWN', `No carrier adapter "${adapter}"; available: ${known.join(', ')}.`, [
    { field: 'adapter', message: `adapter must be one of ${known.join(', ')}` },
  ]);

export const partnerNotCarrier = (partnerId: string, kind: string) =>
  new UnprocessableError('PARTNER_NOT_CARRIER', `Partner ${partnerId} is a ${kind}, not a carrier.`, [
    { field: 'partnerId', message: `partnerId must name a partner of kind carrier, not ${kind}` },
  ]);

export const carrierInactive = (code: string, service?: string) =>
  new UnprocessableError('CARRIER_INACTIVE', `${service ? `Service ${service} of carrier` : 'Carrier'} ${code} is inactive.`, [
    { field: service ? 'serviceCode' : 'carrierId', message: `${service ? 'service' : 'carrier'} is inactive` },
  ]);

export const parcelAlreadyLabelled = (parcelId: string, trackingNumber: string) =>
  new ConflictError('PARCEL_ALREADY_LABELLED', `Parcel ${parcelId} already has label ${trackingNumber}; void it first to create a new one.`, {
    parcelId,
    trackingNumber,
  });

export const customsPreflightFailed = (violations: CustomsViolation[]) =>
  new UnprocessableError(
    'CUSTOMS_PREFLIGHT_FAILED',
    `The customs declaration breaks ${violations.length} rule(s); fix them all and create the label again.`,
    violations,
  );

export const labelFormatNotOffered = (format: string, service: string) =>
  new UnprocessableError('LABEL_FORMAT_NOT_OFFERED', `Service ${service} does not print ${format} labels.`, [
    { field: 'format', message: `format ${format} is not offered by service ${service}` },
  ]);

export const noCustomsDeclaration = (parcelId: string) =>
  new NotFoundError('customs_declaration', parcelId);

export const manifestEmpty = (carrierCode: string, date: string) =>
  new UnprocessableError('MANIFEST_EMPTY', `No labelled parcels of ${carrierCode} on or before ${date} wait for a manifest at this warehouse.`, [
    { field: 'date', message: `no parcel of carrier ${carrierCode} is ready on or before ${date}` },
  ]);


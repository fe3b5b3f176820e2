import { FieldError, ValidationFailedError } from '../../common/errors';
import { ShipmentMode } from '../entities/inbound-shipment.entity';

export interface TransportFacts {
  mode: ShipmentMode;
  containerNumbers: string[];
  airWaybill: string | null;
  vessel: string | null;
  voyage: string | null;
  flightNumber: string | null;
}

const SEA = [ShipmentMode.SeaFcl, ShipmentMode.SeaLcl];

/**
 * Identifiers that belong to the mode: a full container load names its containers, an air
 * shipment its waybill; a waybill or flight on a ship, or containers on a courier parcel, is a
 * typing mistake worth catching before the forwarder's updates start arriving.
 */
export function checkTransportFacts(f: TransportFacts): void {
  const errors: FieldError[] = [];
  if (f.mode === ShipmentMode.SeaFcl && f.containerNumbers.length === 0) errors.push({ field: 'containerNumbers', message: 'a sea_fcl shipment needs at least one container number' });
  if ([ShipmentMode.Air, ShipmentMode.Courier].includes(f.mode) && f.containerNumbers.length > 0) errors.push({ field: 'containerNumbers', message: `a ${f.mode} shipment has no containers` });
  if (f.mode === ShipmentMode.Air && !f.airWaybill) errors.push({ field: 'airWaybill', message: 'an air shipment needs its air waybill' });
  if (f.mode !== ShipmentMode.Air && f.airWaybill) errors.push({ field: 'airWaybill', message: `an air waybill belongs to an air shipment, not ${f.mode}` });
  if (f.mode !== ShipmentMode.Air && f.flightNumber) errors.push({ field: 'flightNumber', message: `a flight number belongs to an air shipment, not ${f.mode}` });
  if (!SEA.includes(f.mode) && (f.vessel || f.voyage)) errors.push({ field: f.vessel ? 'vessel' : 'voyage', message: `vessel and voyage belong to a sea shipment, not ${f.mode}` });
  if (new Set(f.containerNumbers).size !== f.containerNumbers.length) errors.push({ field: 'containerNumbers', message: 'containerNumbers lists a container twice' });
  if (errors.length) throw new ValidationFailedError(errors);
}

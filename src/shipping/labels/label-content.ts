import { DeclarationParty } from '../customs/declaration.types';
import { ParcelIncoterm } from '../customs/incoterm-policy';
import { BookedShipment } from '../carriers/carrier-adapter';
import { ParcelFacts } from '../parcels/parcel-facts';
import { formatWeight, ParcelLabelModel, placeLines } from './parcel-label.model';

export interface LabelContentSources {
  parcel: ParcelFacts;
  sender: DeclarationParty;
  carrierName: string;
  serviceName: string;
  booking: BookedShipment;
  incoterm: ParcelIncoterm | null;
}

/** Upper-case address lines, the way postal sorting reads them best. */
const upper = (lines: string[]) => lines.map((l) => l.toUpperCase());

/**
 * What the label prints. The sender block is one line per part with the country code; the IOSS
 * number is deliberately absent: it travels in the electronic customs data only.
 */
export function parcelLabelContent(sources: LabelContentSources): ParcelLabelModel {
  const { parcel, sender, booking } = sources;
  const [street, ...rest] = sender.addressLines;
  const senderPlace = rest.length > 2 ? rest.slice(0, -2).join(', ') : '';
  const place = rest.length >= 2 ? rest[rest.length - 2] : '';
  return {
    carrierName: sources.carrierName,
    serviceName: sources.serviceName,
    senderLines: upper([sender.name, [street, senderPlace].filter(Boolean).join(', '), `${place} ${sender.country}`.trim()]),
    weightText: formatWeight(parcel.grossWeightG),
    pieceText: `${parcel.sequence} OF ${parcel.count}`,
    recipientName: parcel.shipTo.name.toUpperCase(),
    recipientLines: [...upper(parcel.shipTo.lines), ...placeLines(parcel.shipTo)],
    routingCode: booking.routingCode,
    sortData: `${booking.trackingNumber}|${parcel.shipTo.country}|${parcel.shipTo.postcode ?? ''}`,
    trackingNumber: booking.trackingNumber,
    orderReference: parcel.orderReference,
    incoterm: sources.incoterm,
  };
}

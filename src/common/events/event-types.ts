/** The events the system publishes to webhook subscribers; docs/partner-api.md describes each. */
export const EVENT_TYPES = [
  'purchase_order.approved',
  'purchase_order.sent',
  'inbound_shipment.eta_changed',
  'inbound_shipment.delivered',
  'receipt.closed',
  'order.allocated',
  'order.backordered',
  'order.shipped',
  'order.delivered',
  'parcel.label_created',
  'parcel.shipped',
  'parcel.delivered',
  'parcel.exception',
  'stock.low',
] as const;

export type EventType = (typeof EVENT_TYPES)[number];

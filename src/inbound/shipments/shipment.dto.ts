import { ApiProperty, OmitType } from '@nestjs/swagger';
import { PageOf } from '../../common/http/pagination';
import { InboundShipmentEtaChange } from '../entities/inbound-shipment-eta-change.entity';
import { InboundShipmentEvent } from '../entities/inbound-shipment-event.entity';
import { InboundShipmentLine } from '../entities/inbound-shipment-line.entity';
import { InboundShipment, ShipmentMode } from '../entities/inbound-shipment.entity';
import { ShipmentAction, shipmentLifecycle, ShipmentStatus } from './shipment.lifecycle';

const STATUS_SCHEMA = { enum: ShipmentStatus, enumName: 'ShipmentStatus' };

export class ShipmentLineDto {
  id: string;
  lineNo: number;
  purchaseOrderId: string;
  purchaseOrderNumber: string;
  purchaseOrderLineId: string;
  productId: string;
  sku: string;
  quantityShipped: number;
  /** Supplier price per unit, in minor units of `currency`. */
  unitPriceMinor: number;
  currency: string;
}

export class MilestoneEventDto {
  milestone: string;
  occurredAt: Date;
  location: string | null;
  actorType: string;
  actorLabel: string;
  recordedAt: Date;
}

export class EtaChangeEntryDto {
  oldEta: Date;
  newEta: Date;
  reason: string | null;
  actorType: string;
  actorLabel: string;
  changedAt: Date;
}

export class ShipmentSummaryDto {
  id: string;
  number: string;
  @ApiProperty({ enum: ShipmentMode, enumName: 'ShipmentMode' })
  mode: ShipmentMode;
  @ApiProperty(STATUS_SCHEMA)
  status: ShipmentStatus;
  forwarderId: string;
  carrier: string | null;
  vessel: string | null;
  voyage: string | null;
  flightNumber: string | null;
  originPort: string;
  destinationPort: string;
  containerNumbers: string[];
  masterBillOfLading: string | null;
  houseBillOfLading: string | null;
  airWaybill: string | null;
  etd: Date | null;
  eta: Date;
  originalEta: Date;
  /** How far the current ETA is behind the original, in hours (negative: ahead). */
  etaSlipHours: number;
  warehouseId: string;
  createdBy: string;
  createdAt: Date;
  updatedAt: Date;
}

export class ShipmentDto extends ShipmentSummaryDto {
  lines: ShipmentLineDto[];
  /** Milestones in the order they were reached (a late report may carry an earlier time). */
  milestones: MilestoneEventDto[];
  /** Every ETA change, oldest first. */
  etaHistory: EtaChangeEntryDto[];
  cartonCount: number;
  allowedActions: ShipmentAction[];
}

export class ShipmentSummaryPageDto extends PageOf(ShipmentSummaryDto) {}

/** What a forwarder sees of a line: no supplier prices. */
export class PartnerShipmentLineDto extends OmitType(ShipmentLineDto, ['unitPriceMinor', 'currency'] as const) {}

export class PartnerShipmentDto extends OmitType(ShipmentDto, ['lines'] as const) {
  lines: PartnerShipmentLineDto[];
}

export class ArrivingThisWeekDto {
  warehouseId: string;
  /** IANA time zone of the warehouse: the week runs Monday 00:00 to Monday 00:00 there. */
  timezone: string;
  weekStart: Date;
  weekEnd: Date;
  shipments: ShipmentSummaryDto[];
}

export interface ShipmentView {
  shipment: InboundShipment;
  lines: InboundShipmentLine[];
  events: InboundShipmentEvent[];
  etaChanges: InboundShipmentEtaChange[];
  cartonCount: number;
}

const HOUR = 3_600_000;

export function toShipmentSummaryDto(s: InboundShipment): ShipmentSummaryDto {
  return {
    id: s.id, number: s.number, mode: s.mode, status: s.status, forwarderId: s.forwarderId, carrier: s.carrier, vessel: s.vessel,
    voyage: s.voyage, flightNumber: s.flightNumber, originPort: s.originPort, destinationPort: s.destinationPort,
    containerNumbers: s.containerNumbers, masterBillOfLading: s.masterBillOfLading, houseBillOfLading: s.houseBillOfLading,
    airWaybill: s.airWaybill, etd: s.etd, eta: s.eta, originalEta: s.originalEta,
    etaSlipHours: Math.round(((s.eta.getTime() - s.originalEta.getTime()) / HOUR) * 10) / 10,
    warehouseId: s.warehouseId, createdBy: s.createdBy, createdAt: s.createdAt, updatedAt: s.updatedAt,
  };
}

export function toShipmentDto(view: ShipmentView): ShipmentDto {
  return {
    ...toShipmentSummaryDto(view.shipment),
    lines: view.lines.map((l) => ({
      id: l.id, lineNo: l.lineNo, purchaseOrderId: l.purchaseOrderId, purchaseOrderNumber: l.purchaseOrderNumber,
      purchaseOrderLineId: l.purchaseOrderLineId, productId: l.productId, sku: l.sku, quantityShipped: l.quantityShipped,
      unitPriceMinor: l.unitPriceMinor, currency: l.currency,
    })),
    milestones: view.events.map((e) => ({
      milestone: e.milestone, occurredAt: e.occurredAt, location: e.location, actorType: e.actorType, actorLabel: e.actorLabel, recordedAt: e.recordedAt,
    })),
    etaHistory: view.etaChanges.map((c) => ({
      oldEta: c.oldEta, newEta: c.newEta, reason: c.reason, actorType: c.actorType, actorLabel: c.actorLabel, changedAt: c.changedAt,
    })),
    cartonCount: view.cartonCount,
    allowedActions: shipmentLifecycle.allowedActions(view.shipment.status),
  };
}

export function toPartnerShipmentDto(view: ShipmentView): PartnerShipmentDto {
  const dto = toShipmentDto(view);
  return { ...dto, lines: dto.lines.map(({ unitPriceMinor: _price, currency: _currency, ...line }) => line) };
}

import { Injectable, Logger } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { EventPublisher } from '../../common/events';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { Environment } from '../../config/environment';
import { Actor, actorLabel } from '../../identity';
import { WarehouseService } from '../../inventory';
import { BookedShipment, CarrierAdapter } from '../carriers/carrier-adapter';
import { CarrierAdapters } from '../carriers/carrier-adapters';
import { CarrierCatalogService } from '../carriers/carrier-catalog.service';
import { crossesCustomsBorder } from '../customs/customs-territory';
import { CustomsDeclarationService } from '../customs/customs-declaration.service';
import { DeclarationDraft } from '../customs/declaration-builder';
import { ContentsCategory, ReasonForExport } from '../customs/declaration.types';
import { senderParty } from '../customs/sender-party';
import { ShippingDocumentJobs } from '../documents/document-jobs';
import { CustomsDeclaration } from '../entities/customs-declaration.entity';
import { Carrier } from '../entities/carrier.entity';
import { ONE_CURRENT_LABEL_PER_PARCEL, ShipmentLabel } from '../entities/shipment-label.entity';
import { ParcelDirectory } from '../parcels/parcel-facts';
import { carrierInactive, parcelAlreadyLabelled, parcelNotFound } from '../shipping.errors';
import { parcelLabelContent } from './label-content';
import { LabelStatus } from './shipment-label.lifecycle';

export interface LabelRequest {
  carrierId: string;
  serviceCode: string;
  /** Pre-booking for a later day; default today at the warehouse. */
  shipDate?: string;
  category?: ContentsCategory;
  categoryExplanation?: string;
  reasonForExport?: ReasonForExport;
}

/** Today's date at the warehouse, which is when its parcels are handed over. */
export function localDate(timeZone: string, at = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
}

/**
 * Creates a parcel's label: pre-flight customs rules first (all violations at once), then the
 * carrier booking, then label, declaration and document jobs in one transaction.
 */
@Injectable()
export class LabelBookingService {
  private readonly logger = new Logger('LabelBookingService');

  constructor(
    @InjectRepository(ShipmentLabel) private readonly labels: Repository<ShipmentLabel>,
    private readonly parcels: ParcelDirectory,
    private readonly catalog: CarrierCatalogService,
    private readonly adapters: CarrierAdapters,
    private readonly customs: CustomsDeclarationService,
    private readonly warehouses: WarehouseService,
    private readonly jobs: ShippingDocumentJobs,
    private readonly transactions: Transactions,
    private readonly events: EventPublisher,
    private readonly env: Environment,
  ) {}

  async create(parcelId: string, request: LabelRequest, actor: Actor): Promise<ShipmentLabel> {
    const parcel = await this.parcels.closedParcel(parcelId);
    if (!parcel) throw parcelNotFound(parcelId);
    const existing = await this.labels.findOneBy({ parcelId, status: Not(LabelStatus.Voided) });
    if (existing) throw parcelAlreadyLabelled(parcelId, existing.trackingNumber);
    const carrier = await this.catalog.get(request.carrierId);
    const service = await this.catalog.service(carrier.id, request.serviceCode);
    if (!carrier.active) throw carrierInactive(carrier.code);
    if (!service.active) throw carrierInactive(carrier.code, service.code);

    const warehouse = await this.warehouses.get(parcel.warehouseId);
    const shipDate = request.shipDate ?? localDate(warehouse.timezone);
    const sender = senderParty(warehouse, this.env);
    const declaration = crossesCustomsBorder(warehouse.country, parcel.shipTo.country)
      ? await this.customs.preflight({
          parcel, sender, shipDate, mailClass: service.mailClass, category: request.category ?? ContentsCategory.SaleOfGoods,
          categoryExplanation: request.categoryExplanation ?? null, reasonForExport: request.reasonForExport ?? null,
          declaredBy: actorLabel(actor),
        })
      : null;

    const adapter = this.adapters.get(carrier.adapter);
    const booking = await adapter.createShipment({
      carrier, service, parcel, shipFromCountry: warehouse.country, shipDate,
    });
    const content = parcelLabelContent({ parcel, sender, carrierName: carrier.name, serviceName: service.name, booking, incoterm: declaration?.incoterm ?? null });
    try {
      return await this.transactions.run(async (manager) => {
        const label = await manager.save(manager.create(ShipmentLabel, {
          parcelId, orderId: parcel.orderId, warehouseId: parcel.warehouseId, carrierId: carrier.id, carrierServiceId: service.id,
          trackingNumber: booking.trackingNumber, status: LabelStatus.Active, shipDate, destinationCountry: parcel.shipTo.country,
          grossWeightG: parcel.grossWeightG, incoterm: declaration?.incoterm ?? null, customsForm: declaration?.form ?? null, content,
          createdBy: actorLabel(actor), voidedAt: null, voidedBy: null, voidReason: null,
        }));
        if (declaration) await manager.save(manager.create(CustomsDeclaration, { ...(declaration satisfies DeclarationDraft), labelId: label.id }));
        await this.jobs.renderLabelDocuments(manager, label.id);
        await this.events.publish(manager, {
          type: 'parcel.label_created', partnerIds: [carrier.partnerId, parcel.shopPartnerId],
          data: {
            parcelId, orderId: parcel.orderId, orderReference: parcel.orderReference, trackingNumber: label.trackingNumber, carrierCode: carrier.code,
            serviceCode: service.code, shipDate, destinationCountry: parcel.shipTo.country, grossWeightG: parcel.grossWeightG,
          },
        });
        return label;
      });
    } catch (error) {
      await this.cancelBooking(adapter, carrier, booking, shipDate);
      if (isUniqueViolation(error, ONE_CURRENT_LABEL_PER_PARCEL)) throw parcelAlreadyLabelled(parcelId, '(created concurrently)');
      throw error;
    }
  }

  /** A booking whose label could not be saved must not stay open at the carrier. */
  private async cancelBooking(adapter: CarrierAdapter, carrier: Carrier, booking: BookedShipment, shipDate: string): Promise<void> {
    try {
      await adapter.voidShipment({ trackingNumber: booking.trackingNumber, shipDate, carrier });
    } catch (error) {
      this.logger.error({ err: error }, `Could not cancel booking ${booking.trackingNumber} at ${carrier.code} after the label failed to save`);
    }
  }
}

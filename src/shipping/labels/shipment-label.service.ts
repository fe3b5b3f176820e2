import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Not, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Actor, actorLabel } from '../../identity';
import { CarrierAdapters } from '../carriers/carrier-adapters';
import { Carrier } from '../entities/carrier.entity';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { labelNotFound, parcelNotFound } from '../shipping.errors';
import { LabelAccess } from './label-access';
import { LabelStatus, shipmentLabelLifecycle } from './shipment-label.lifecycle';

/** Reading and voiding labels; creating one is LabelBookingService's. */
@Injectable()
export class ShipmentLabelService {
  constructor(
    @InjectRepository(ShipmentLabel) private readonly labels: Repository<ShipmentLabel>,
    private readonly adapters: CarrierAdapters,
    private readonly access: LabelAccess,
    private readonly transactions: Transactions,
  ) {}

  /** The parcel's label that is not voided, as `actor` may see it. */
  async current(parcelId: string, actor: Actor): Promise<ShipmentLabel> {
    const label = await this.labels.findOne({ where: { parcelId, status: Not(LabelStatus.Voided) }, relations: { carrier: true, carrierService: true } });
    if (!label) throw labelNotFound(parcelId);
    if (!(await this.access.canSeeCarrier(actor, label.carrierId))) throw parcelNotFound(parcelId);
    return label;
  }

  /** Every label the parcel ever had, newest first; staff only. */
  history(parcelId: string): Promise<ShipmentLabel[]> {
    return this.labels.find({ where: { parcelId }, relations: { carrier: true, carrierService: true }, order: { createdAt: 'DESC' } });
  }

  async get(labelId: string): Promise<ShipmentLabel> {
    return this.labels.findOneByOrFail({ id: labelId });
  }

  /**
   * Cancels the current label at the carrier and keeps it as voided history; the parcel is then
   * free for a new label. A manifested label has been handed over and cannot be voided (409).
   */
  void(parcelId: string, reason: string, actor: Actor): Promise<ShipmentLabel> {
    return this.transactions.run(async (manager) => {
      const repository = manager.getRepository(ShipmentLabel);
      const label = await repository.findOne({ where: { parcelId, status: Not(LabelStatus.Voided) }, lock: { mode: 'pessimistic_write' } });
      if (!label) throw labelNotFound(parcelId);
      const status = shipmentLabelLifecycle.next(label.status, 'void');
      const carrier = await manager.findOneByOrFail(Carrier, { id: label.carrierId });
      // Inside the transaction: if the carrier refuses, the label stays active.
      await this.adapters.get(carrier.adapter).voidShipment({ trackingNumber: label.trackingNumber, shipDate: label.shipDate, carrier });
      Object.assign(label, { status, voidedAt: new Date(), voidedBy: actorLabel(actor), voidReason: reason });
      return repository.save(label);
    });
  }
}

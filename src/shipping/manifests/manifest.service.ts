import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, LessThanOrEqual, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { ValidationFailedError } from '../../common/errors';
import { Actor, actorLabel } from '../../identity';
import { WarehouseService } from '../../inventory';
import { CarrierCatalogService } from '../carriers/carrier-catalog.service';
import { formatKg } from '../customs/money';
import { ShippingDocumentJobs } from '../documents/document-jobs';
import { PDF } from '../documents/label-document-renderer';
import { ShippingDocumentService } from '../documents/shipping-document.service';
import { CarrierService } from '../entities/carrier-service.entity';
import { Carrier } from '../entities/carrier.entity';
import { ManifestLine } from '../entities/manifest-line.entity';
import { Manifest } from '../entities/manifest.entity';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { ShippingDocument } from '../entities/shipping-document.entity';
import { LabelAccess } from '../labels/label-access';
import { LabelStatus, shipmentLabelLifecycle } from '../labels/shipment-label.lifecycle';
import { carrierNotFound, manifestEmpty, manifestNotFound } from '../shipping.errors';
import { renderManifestPdf } from './manifest.pdf';

export interface ManifestView {
  manifest: Manifest;
  carrier: Carrier;
  lines: ManifestLine[];
}

/**
 * Closes a carrier's ready parcels at a warehouse into an end-of-day manifest: every active label
 * with a ship date on or before the day, so a parcel labelled yesterday and missed is not stranded.
 */
@Injectable()
export class ManifestService {
  constructor(
    @InjectRepository(Manifest) private readonly manifests: Repository<Manifest>,
    @InjectRepository(ManifestLine) private readonly lines: Repository<ManifestLine>,
    private readonly catalog: CarrierCatalogService,
    private readonly warehouses: WarehouseService,
    private readonly access: LabelAccess,
    private readonly documents: ShippingDocumentService,
    private readonly jobs: ShippingDocumentJobs,
    private readonly transactions: Transactions,
  ) {}

  async close(input: { carrierId: string; warehouseId: string; date: string }, actor: Actor): Promise<ManifestView> {
    if (!(await this.access.canSeeCarrier(actor, input.carrierId))) throw carrierNotFound(input.carrierId);
    const carrier = await this.catalog.get(input.carrierId);
    const warehouse = await this.warehouses.get(input.warehouseId);
    const manifest = await this.transactions.run(async (manager) => {
      // One closing at a time per carrier and warehouse, so two clerks cannot split the same parcels.
      await manager.query('SELECT pg_advisory_xact_lock(hashtext($1))', [`manifest:${carrier.id}:${warehouse.id}`]);
      const ready = await manager.getRepository(ShipmentLabel).find({
        where: { carrierId: carrier.id, warehouseId: warehouse.id, status: LabelStatus.Active, shipDate: LessThanOrEqual(input.date) },
        order: { createdAt: 'ASC' },
        lock: { mode: 'pessimistic_write' },
      });
      if (!ready.length) throw manifestEmpty(carrier.code, input.date);
      const services = await manager.findBy(CarrierService, { id: In([...new Set(ready.map((l) => l.carrierServiceId))]) });
      const serviceCode = new Map(services.map((s) => [s.id, s.code]));
      const sameDay = await manager.countBy(Manifest, { carrierId: carrier.id, warehouseId: warehouse.id, manifestDate: input.date });
      const saved = await manager.save(manager.create(Manifest, {
        number: `MF-${carrier.code}-${warehouse.code}-${input.date.replace(/-/g, '')}-${sameDay + 1}`,
        carrierId: carrier.id, warehouseId: warehouse.id, manifestDate: input.date, parcelCount: ready.length,
        totalWeightG: ready.reduce((sum, l) => sum + l.grossWeightG, 0), createdBy: actorLabel(actor),
      }));
      await manager.save(ready.map((label, index) => manager.create(ManifestLine, {
        manifestId: saved.id, lineNo: index + 1, labelId: label.id, parcelId: label.parcelId, trackingNumber: label.trackingNumber,
        serviceCode: serviceCode.get(label.carrierServiceId)!, destinationCountry: label.destinationCountry, grossWeightG: label.grossWeightG,
        incoterm: label.incoterm,
      })));
      for (const label of ready) label.status = shipmentLabelLifecycle.next(label.status, 'manifest');
      await manager.save(ready);
      await this.jobs.renderManifestPdf(manager, saved.id);
      return saved;
    });
    return this.view(manifest, carrier);
  }

  /** Manifests of the carriers the actor may see, newest first; e.g. the day's for one warehouse. */
  async list(actor: Actor, query: { carrierId?: string; warehouseId?: string; date?: string }): Promise<ManifestView[]> {
    const visible = await this.access.visibleCarrierIds(actor);
    const carrierIds = query.carrierId ? [query.carrierId].filter((id) => !visible || visible.includes(id)) : visible;
    if (carrierIds && !carrierIds.length) return [];
    const manifests = await this.manifests.find({
      where: { ...(carrierIds ? { carrierId: In(carrierIds) } : {}), ...(query.warehouseId ? { warehouseId: query.warehouseId } : {}), ...(query.date ? { manifestDate: query.date } : {}) },
      order: { createdAt: 'DESC' }, take: 100,
    });
    return Promise.all(manifests.map(async (m) => this.view(m, await this.catalog.get(m.carrierId))));
  }

  /**
   * The carrier a partner key acts for: the one named, or its only carrier. Staff must name one.
   * A carrier that is not the key's own is "not found".
   */
  async carrierFor(actor: Actor, carrierId?: string): Promise<string> {
    const visible = await this.access.visibleCarrierIds(actor);
    if (carrierId) {
      if (visible && !visible.includes(carrierId)) throw carrierNotFound(carrierId);
      return carrierId;
    }
    if (visible?.length === 1) return visible[0];
    throw new ValidationFailedError([{ field: 'carrierId', message: visible?.length ? 'carrierId must name one of your carriers' : 'carrierId is required' }]);
  }

  async get(id: string, actor: Actor): Promise<ManifestView> {
    const manifest = await this.manifests.findOneBy({ id });
    if (!manifest || !(await this.access.canSeeCarrier(actor, manifest.carrierId))) throw manifestNotFound(id);
    return this.view(manifest, await this.catalog.get(manifest.carrierId));
  }

  async pdf(id: string, actor: Actor): Promise<ShippingDocument> {
    return this.ensurePdf(await this.get(id, actor));
  }

  /** For the job, which has no actor. */
  async renderPdf(id: string): Promise<void> {
    const manifest = await this.manifests.findOneByOrFail({ id });
    await this.ensurePdf(await this.view(manifest, await this.catalog.get(manifest.carrierId)));
  }

  private async ensurePdf({ manifest, carrier, lines }: ManifestView): Promise<ShippingDocument> {
    const stored = await this.documents.findForManifest(manifest.id);
    if (stored) return stored;
    const warehouse = await this.warehouses.get(manifest.warehouseId);
    const content = await renderManifestPdf({
      number: manifest.number, carrierName: carrier.name, warehouse: warehouse.code, date: manifest.manifestDate, createdBy: manifest.createdBy,
      parcelCount: manifest.parcelCount, totalWeightKg: formatKg(manifest.totalWeightG),
      lines: lines.map((l) => ({
        lineNo: l.lineNo, trackingNumber: l.trackingNumber, service: l.serviceCode, destination: l.destinationCountry, weightKg: formatKg(l.grossWeightG), incoterm: l.incoterm ?? '',
      })),
    });
    return this.documents.store({ labelId: null, manifestId: manifest.id, parcelId: null, kind: 'manifest_pdf' }, { fileName: `${manifest.number}.pdf`, contentType: PDF, content });
  }

  private async view(manifest: Manifest, carrier: Carrier): Promise<ManifestView> {
    return { manifest, carrier, lines: await this.lines.find({ where: { manifestId: manifest.id }, order: { lineNo: 'ASC' } }) };
  }
}

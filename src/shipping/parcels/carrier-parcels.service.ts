import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Brackets, In, Repository } from 'typeorm';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Actor } from '../../identity';
import { CustomsDeclaration } from '../entities/customs-declaration.entity';
import { ManifestLine } from '../entities/manifest-line.entity';
import { Manifest } from '../entities/manifest.entity';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { LabelAccess } from '../labels/label-access';
import { LabelStatus } from '../labels/shipment-label.lifecycle';
import { parcelNotFound } from '../shipping.errors';
import { ParcelDirectory, ParcelFacts } from './parcel-facts';

export interface ReadyParcelQuery extends PageQueryDto {
  warehouseId?: string;
  serviceCode?: string;
  /** Labels shipping on this day (YYYY-MM-DD). */
  shipDate?: string;
}

export interface ReadyParcel {
  label: ShipmentLabel;
  parcel: ParcelFacts | null;
  declaration: CustomsDeclaration | null;
  /** The manifest holding the parcel, when one was closed. */
  manifestId: string | null;
}

/**
 * Parcels waiting for a carrier: labelled (active), or on a manifest the carrier has not yet
 * confirmed as picked up. A carrier key sees its own carriers' parcels only.
 */
@Injectable()
export class CarrierParcelsService {
  constructor(
    @InjectRepository(ShipmentLabel) private readonly labels: Repository<ShipmentLabel>,
    @InjectRepository(CustomsDeclaration) private readonly declarations: Repository<CustomsDeclaration>,
    private readonly parcels: ParcelDirectory,
    private readonly access: LabelAccess,
  ) {}

  async ready(actor: Actor, query: ReadyParcelQuery): Promise<Page<ReadyParcel>> {
    const visible = await this.access.visibleCarrierIds(actor);
    if (visible && !visible.length) return { items: [], nextCursor: null, total: 0 };
    const qb = this.labels.createQueryBuilder('l')
      .innerJoinAndSelect('l.carrier', 'carrier')
      .innerJoinAndSelect('l.carrierService', 'service')
      .leftJoin(ManifestLine, 'ml', 'ml.labelId = l.id')
      .leftJoin(Manifest, 'm', 'm.id = ml.manifestId')
      .where(new Brackets((w) => w
        .where('l.status = :active', { active: LabelStatus.Active })
        .orWhere('(l.status = :manifested AND m.pickedUpAt IS NULL)', { manifested: LabelStatus.Manifested })));
    if (visible) qb.andWhere('l.carrierId IN (:...visible)', { visible });
    if (query.warehouseId) qb.andWhere('l.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
    if (query.serviceCode) qb.andWhere('service.code = :serviceCode', { serviceCode: query.serviceCode });
    if (query.shipDate) qb.andWhere('l.shipDate = :shipDate', { shipDate: query.shipDate });
    const page = await paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'l', 'createdAt'), query);
    return { ...page, items: await this.describe(page.items) };
  }

  async one(actor: Actor, parcelId: string): Promise<ReadyParcel> {
    const label = await this.labels.findOne({
      where: { parcelId, status: In([LabelStatus.Active, LabelStatus.Manifested]) }, relations: { carrier: true, carrierService: true },
    });
    if (!label || !(await this.access.canSeeCarrier(actor, label.carrierId))) throw parcelNotFound(parcelId);
    return (await this.describe([label]))[0];
  }

  private async describe(labels: ShipmentLabel[]): Promise<ReadyParcel[]> {
    if (!labels.length) return [];
    const ids = labels.map((l) => l.id);
    const [declarations, manifests, parcels] = await Promise.all([
      this.declarations.findBy({ labelId: In(ids) }),
      this.labels.manager.query(`SELECT label_id, manifest_id FROM manifest_line WHERE label_id = ANY($1::uuid[])`, [ids]) as Promise<{ label_id: string; manifest_id: string }[]>,
      this.parcels.closedParcels(labels.map((l) => l.parcelId)),
    ]);
    return labels.map((label) => ({
      label,
      parcel: parcels.get(label.parcelId) ?? null,
      declaration: declarations.find((d) => d.labelId === label.id) ?? null,
      manifestId: manifests.find((m) => m.label_id === label.id)?.manifest_id ?? null,
    }));
  }
}

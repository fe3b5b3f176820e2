import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { ParcelLine } from '../entities/parcel-line.entity';
import { Parcel } from '../entities/parcel.entity';
import { parcelNotFound } from './packing.errors';
import { PACKED_PARCEL_STATUSES, ParcelStatus } from './parcel.lifecycle';

/** A parcel with its contents and the order's parcel count ("parcel `sequence` of `parcelCount`"). */
export interface ParcelView {
  parcel: Parcel;
  lines: ParcelLine[];
  parcelCount: number;
}

/** Reads of parcels for whoever comes after packing: labels, customs documents, hand-over, returns. */
@Injectable()
export class ParcelQueryService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async get(id: string): Promise<ParcelView> {
    const parcel = await this.dataSource.manager.findOneBy(Parcel, { id });
    if (!parcel) throw parcelNotFound(id);
    return (await this.views([parcel]))[0];
  }

  /** Several parcels in a few queries (a list page, a manifest); unknown ids are left out. */
  async getMany(ids: string[]): Promise<ParcelView[]> {
    if (!ids.length) return [];
    return this.views(await this.dataSource.manager.findBy(Parcel, { id: In(ids) }));
  }

  /** A closed parcel (ready for its label and customs documents); null while it is open or when there is none. */
  async closedParcel(id: string): Promise<ParcelView | null> {
    const parcel = await this.dataSource.manager.findOneBy(Parcel, { id, status: ParcelStatus.Closed });
    return parcel ? (await this.views([parcel]))[0] : null;
  }

  /** The order's closed parcels (ready for label and customs documents), in sequence order. */
  async closedParcels(orderId: string): Promise<ParcelView[]> {
    const parcels = await this.dataSource.manager.find(Parcel, { where: { orderId }, order: { sequence: 'ASC' } });
    const views = await this.views(parcels);
    return views.filter((v) => v.parcel.status === ParcelStatus.Closed);
  }

  /** Units per product in the order's closed parcels: what leaves (or left) the warehouse for this order. */
  async packedUnits(orderId: string, manager: EntityManager = this.dataSource.manager): Promise<Map<string, { sku: string; quantity: number }>> {
    const rows: { product_id: string; sku: string; quantity: number }[] = await manager.query(
      `SELECT l.product_id, min(l.sku) AS sku, sum(l.quantity)::int AS quantity
         FROM parcel_line l JOIN parcel p ON p.id = l.parcel_id
        WHERE p.order_id = $1 AND p.status = ANY($2::varchar[])
        GROUP BY l.product_id`,
      [orderId, PACKED_PARCEL_STATUSES],
    );
    return new Map(rows.map((r) => [r.product_id, { sku: r.sku, quantity: Number(r.quantity) }]));
  }

  private async views(parcels: Parcel[]): Promise<ParcelView[]> {
    if (!parcels.length) return [];
    const m = this.dataSource.manager;
    const orderIds = [...new Set(parcels.map((p) => p.orderId))];
    const [lines, counts] = await Promise.all([
      m.find(ParcelLine, { where: { parcelId: In(parcels.map((p) => p.id)) }, order: { sku: 'ASC', id: 'ASC' } }),
      m.query(`SELECT order_id, count(*)::int AS n FROM parcel WHERE order_id = ANY($1::uuid[]) GROUP BY order_id`, [orderIds]) as Promise<{ order_id: string; n: number }[]>,
    ]);
    const countOf = new Map(counts.map((c) => [c.order_id, Number(c.n)]));
    return parcels.map((parcel) => ({ parcel, lines: lines.filter((l) => l.parcelId === parcel.id), parcelCount: countOf.get(parcel.orderId) ?? 1 }));
  }
}

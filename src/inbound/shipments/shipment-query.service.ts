import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { In, Repository } from 'typeorm';
import { Page, paginate, parseSort } from '../../common/http/pagination';
import { WarehouseService } from '../../inventory';
import { InboundShipment } from '../entities/inbound-shipment.entity';
import { ShipmentListView, ShipmentQueryDto } from './shipment-query.dto';
import { EXPECTED_STATUSES, IN_TRANSIT_STATUSES } from './shipment.lifecycle';

const SORTABLE = { eta: 'eta', createdAt: 'createdAt', number: 'number' };
/** A warehouse receives far fewer shipments than this in a week. */
const MAX_ARRIVING = 500;

export interface ArrivingThisWeek {
  warehouseId: string;
  timezone: string;
  weekStart: Date;
  weekEnd: Date;
  shipments: InboundShipment[];
}

@Injectable()
export class ShipmentQueryService {
  constructor(
    @InjectRepository(InboundShipment) private readonly shipments: Repository<InboundShipment>,
    private readonly warehouses: WarehouseService,
  ) {}

  /** Shipments by status, warehouse, forwarder or order; `in_transit` and `late` views; by ETA unless sorted otherwise. */
  list(query: Omit<ShipmentQueryDto, 'forwarderId'> & { forwarderId?: string }): Promise<Page<InboundShipment>> {
    const qb = this.shipments.createQueryBuilder('s');
    if (query.status?.length) qb.andWhere('s.status IN (:...statuses)', { statuses: query.status });
    if (query.warehouseId) qb.andWhere('s.warehouseId = :warehouseId', { warehouseId: query.warehouseId });
    if (query.forwarderId) qb.andWhere('s.forwarderId = :forwarderId', { forwarderId: query.forwarderId });
    if (query.purchaseOrderId) {
      qb.andWhere('EXISTS (SELECT 1 FROM inbound_shipment_line l WHERE l.shipment_id = s.id AND l.purchase_order_id = :purchaseOrderId)', {
        purchaseOrderId: query.purchaseOrderId,
      });
    }
    if (query.view === ShipmentListView.InTransit) qb.andWhere('s.status IN (:...inTransit)', { inTransit: IN_TRANSIT_STATUSES });
    if (query.view === ShipmentListView.Late) {
      qb.andWhere('s.status IN (:...expected)', { expected: EXPECTED_STATUSES }).andWhere('(s.eta > s.originalEta OR s.eta < now())');
    }
    return paginate(qb, parseSort(query.sort, SORTABLE, 's', 'eta'), query);
  }

  /** Not yet delivered shipments due this week (Monday to Monday in the warehouse's own time zone). */
  async arrivingThisWeek(warehouseId: string): Promise<ArrivingThisWeek> {
    const warehouse = await this.warehouses.get(warehouseId);
    const [week]: { start: Date; end: Date }[] = await this.shipments.query(
      `SELECT date_trunc('week', now() AT TIME ZONE $1) AT TIME ZONE $1 AS start,
              (date_trunc('week', now() AT TIME ZONE $1) + interval '7 days') AT TIME ZONE $1 AS end`,
      [warehouse.timezone],
    );
    const shipments = await this.shipments
      .createQueryBuilder('s')
      .where({ warehouseId, status: In(EXPECTED_STATUSES) })
      .andWhere('s.eta >= :start AND s.eta < :end', { start: week.start, end: week.end })
      .orderBy('s.eta', 'ASC')
      .addOrderBy('s.id', 'ASC')
      .take(MAX_ARRIVING)
      .getMany();
    return { warehouseId, timezone: warehouse.timezone, weekStart: week.start, weekEnd: week.end, shipments };
  }
}

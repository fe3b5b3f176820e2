import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { EntityManager, In, Repository } from 'typeorm';
import { Transactions } from '../../common/database/transactions.service';
import { Environment } from '../../config/environment';
import { actorLabel, AnyActor } from '../../identity';
import { LocationService, LocationType, WarehouseService } from '../../inventory';
import { AllocationStatus, OrderAllocation } from '../entities/order-allocation.entity';
import { OutboundOrderEvent } from '../entities/outbound-order-event.entity';
import { ServiceLevel } from '../entities/outbound-order.entity';
import { PickList } from '../entities/pick-list.entity';
import { Wave, WaveOrder, WaveStatus } from '../entities/wave.entity';
import { noOrdersForWave, noPackingLocation, waveNotFound, waveNotPlanned } from '../fulfillment.errors';
import { eventRow, lockOrders } from '../orders/order-records';
import { outboundOrderLifecycle, OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { createPickLists } from './pick-list-writer';
import { planPickLists, selectWaveOrders } from './wave-batching';

export interface NewWave {
  warehouseId: string;
  serviceLevel?: ServiceLevel | null;
  cutoffBefore?: string | null;
  maxOrders: number;
  maxLines: number;
}

export interface WaveView {
  wave: Wave;
  orderIds: string[];
  pickLists: PickList[];
}

/**
 * Waves: allocated orders of one warehouse (optionally one service level, placed before a
 * cut-off), oldest first, up to a number of orders and pick lines. An order split across
 * warehouses joins a wave here for its part here, even while another warehouse picks its other
 * part. Releasing a wave creates its pick lists.
 */
@Injectable()
export class WaveService {
  constructor(
    @InjectRepository(Wave) private readonly waves: Repository<Wave>,
    private readonly warehouses: WarehouseService,
    private readonly locations: LocationService,
    private readonly transactions: Transactions,
    private readonly env: Environment,
  ) {}

  async create(input: NewWave, actor: AnyActor): Promise<WaveView> {
    await this.warehouses.get(input.warehouseId);
    const waveId = await this.transactions.run(async (manager) => {
      // SKIP LOCKED: two leads building waves at once get disjoint orders instead of waiting.
      const candidates: { id: string; lines: number }[] = await manager.query(
        `SELECT o.id, (SELECT count(*)::int FROM order_allocation a
                         WHERE a.order_id = o.id AND a.status = 'active' AND a.wave_id IS NULL AND a.warehouse_id = $1) AS lines
           FROM outbound_order o
          WHERE o.status IN ('allocated', 'picking') AND ($2::varchar IS NULL OR o.service_level = $2) AND ($3::timestamptz IS NULL OR o.placed_at < $3)
            AND EXISTS (SELECT 1 FROM order_allocation a WHERE a.order_id = o.id AND a.status = 'active' AND a.wave_id IS NULL AND a.warehouse_id = $1)
          ORDER BY o.placed_at, o.id LIMIT $4 FOR UPDATE OF o SKIP LOCKED`,
        [input.warehouseId, input.serviceLevel ?? null, input.cutoffBefore ?? null, input.maxOrders],
      );
      const chosen = selectWaveOrders(candidates.map((c) => ({ orderId: c.id, lines: c.lines })), input);
      if (!chosen.length) throw noOrdersForWave();
      const wave = await manager.save(
        manager.create(Wave, {
          warehouseId: input.warehouseId, status: WaveStatus.Planned, serviceLevel: input.serviceLevel ?? null,
          cutoffBefore: input.cutoffBefore ? new Date(input.cutoffBefore) : null, maxOrders: input.maxOrders, maxLines: input.maxLines,
          orderCount: chosen.length, lineCount: chosen.reduce((sum, c) => sum + c.lines, 0), createdBy: actorLabel(actor),
        }),
      );
      await manager.insert(WaveOrder, chosen.map((c, i) => ({ waveId: wave.id, orderId: c.orderId, position: i + 1 })));
      await manager.query(
        `UPDATE order_allocation SET wave_id = $1 WHERE order_id = ANY($2::uuid[]) AND status = 'active' AND wave_id IS NULL AND warehouse_id = $3`,
        [wave.id, chosen.map((c) => c.orderId), input.warehouseId],
      );
      return wave.id;
    });
    return this.view(waveId);
  }

  /**
   * Creates the pick lists of a planned wave (big orders alone, small ones in carts) and moves its
   * orders to `picking`. Orders cancelled since the wave was planned are left out.
   */
  async release(id: string, actor: AnyActor): Promise<WaveView> {
    const planned = await this.waves.findOneBy({ id });
    if (!planned) throw waveNotFound(id);
    const packingLocationId = await this.packingLocation(planned.warehouseId);
    await this.transactions.run(async (manager) => {
      const wave = await manager.findOne(Wave, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!wave) throw waveNotFound(id);
      if (wave.status !== WaveStatus.Planned) throw waveNotPlanned(id, wave.status);
      const members = await manager.find(WaveOrder, { where: { waveId: id }, order: { position: 'ASC' } });
      const locked = await lockOrders(manager, members.map((m) => m.orderId));
      // `picking`: an order split across warehouses, already on the floor in another one.
      const onFloor = [OutboundOrderStatus.Allocated, OutboundOrderStatus.Picking];
      const live = new Map(locked.filter((o) => onFloor.includes(o.status)).map((o) => [o.id, o]));
      const allocations = live.size ? await manager.find(OrderAllocation, { where: { waveId: id, status: AllocationStatus.Active, orderId: In([...live.keys()]) } }) : [];
      const byOrder = members
        .filter((m) => live.has(m.orderId))
        .map((m) => ({ orderId: m.orderId, allocations: allocations.filter((a) => a.orderId === m.orderId) }));
      const orderOf = new Map(byOrder.map((o) => [o.orderId, o]));
      const { FULFILLMENT_SINGLE_ORDER_LINES: singleOrderLines, FULFILLMENT_CART_TOTES: cartTotes } = this.env;
      const plans = planPickLists(byOrder.map((o) => ({ orderId: o.orderId, lines: o.allocations.length })), singleOrderLines, cartTotes);
      await createPickLists(
        manager,
        plans.map((plan) => ({
          waveId: id, warehouseId: wave.warehouseId, kind: plan.kind, packingLocationId, orders: plan.orderIds.map((orderId) => orderOf.get(orderId)!),
        })),
      );
      const starting = [...live.values()].filter((o) => o.status === OutboundOrderStatus.Allocated).map((o) => o.id);
      await this.startPicking(manager, starting, wave.id, actor);
      await manager.update(Wave, id, { status: WaveStatus.Released, releasedAt: new Date(), orderCount: live.size, lineCount: allocations.length });
    });
    return this.view(id);
  }

  async view(id: string): Promise<WaveView> {
    const wave = await this.waves.findOneBy({ id });
    if (!wave) throw waveNotFound(id);
    const [members, pickLists] = await Promise.all([
      this.waves.manager.find(WaveOrder, { where: { waveId: id }, order: { position: 'ASC' } }),
      this.waves.manager.find(PickList, { where: { waveId: id }, order: { createdAt: 'ASC', id: 'ASC' } }),
    ]);
    return { wave, orderIds: members.map((m) => m.orderId), pickLists };
  }

  private async packingLocation(warehouseId: string): Promise<string> {
    const page = await this.locations.list(warehouseId, { type: LocationType.Packing, active: true, limit: 1, sort: 'code' });
    if (!page.items.length) throw noPackingLocation(warehouseId);
    return page.items[0].id;
  }

  private async startPicking(manager: EntityManager, orderIds: string[], waveId: string, actor: AnyActor): Promise<void> {
    if (!orderIds.length) return;
    const from = OutboundOrderStatus.Allocated;
    const to = outboundOrderLifecycle.next(from, 'start_picking');
    await manager.query(`UPDATE outbound_order SET status = $2, updated_at = now() WHERE id = ANY($1::uuid[])`, [orderIds, to]);
    const events = orderIds.map((id) => eventRow({ id, status: to }, 'start_picking', from, { actor, details: { waveId } }));
    for (let i = 0; i < events.length; i += 500) await manager.insert(OutboundOrderEvent, events.slice(i, i + 500));
  }
}

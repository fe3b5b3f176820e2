import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { EntityManager, Repository } from 'typeorm';
import { expandLine, KitRecipe, KitService, Product, ProductService } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { isUniqueViolation } from '../../common/database/unique-violation';
import { FieldError, NotFoundError } from '../../common/errors';
import { OutboxService } from '../../common/jobs';
import { ApiKeyActor } from '../../identity';
import { OrderRequirement } from '../entities/order-requirement.entity';
import { OutboundOrderLine } from '../entities/outbound-order-line.entity';
import { OutboundOrder } from '../entities/outbound-order.entity';
import { externalIdConflict, orderInvalid } from '../fulfillment.errors';
import { enqueueAllocation } from '../jobs/allocate-order.job';
import { NewOutboundOrder, normalizeOrder, orderProblems } from './order-checks';
import { recordEvent } from './order-records';
import { OutboundOrderStatus } from './outbound-order.lifecycle';

export interface ReceivedOrder {
  order: OutboundOrder;
  /** False when the shop sent an order it had sent before. */
  created: boolean;
}

interface ResolvedProducts {
  bySku: Map<string, Product>;
  recipes: Map<string, KitRecipe[]>;
  skuOf: Map<string, string>;
}

/**
 * Takes orders from the shop. The shop's external id makes this idempotent: the same order again
 * returns the first one, different content under the same id is a conflict.
 */
@Injectable()
export class OrderIntakeService {
  constructor(
    @InjectRepository(OutboundOrder) private readonly orders: Repository<OutboundOrder>,
    private readonly products: ProductService,
    private readonly kits: KitService,
    private readonly outbox: OutboxService,
    private readonly transactions: Transactions,
  ) {}

  async receive(actor: ApiKeyActor, input: NewOutboundOrder): Promise<ReceivedOrder> {
    const order = normalizeOrder(input);
    const problems = orderProblems(order);
    if (problems.length) throw orderInvalid(problems);
    const requestHash = createHash('sha256').update(JSON.stringify(order)).digest('hex');
    const earlier = await this.repeatOf(actor.partnerId, order.externalId, requestHash);
    if (earlier) return earlier;
    const resolved = await this.resolveProducts(order);
    try {
      const created = await this.transactions.run((manager) => this.insert(manager, actor, order, requestHash, resolved));
      return { order: created, created: true };
    } catch (error) {
      // The same order sent twice at once: the unique index lets one in, the other is a repeat.
      if (!isUniqueViolation(error, 'uq_outbound_order_external')) throw error;
      const repeat = await this.repeatOf(actor.partnerId, order.externalId, requestHash);
      if (!repeat) throw error;
      return repeat;
    }
  }

  private async repeatOf(partnerId: string, externalId: string, requestHash: string): Promise<ReceivedOrder | null> {
    const existing = await this.orders.findOneBy({ partnerId, externalId });
    if (!existing) return null;
    if (existing.requestHash !== requestHash) throw externalIdConflict(externalId, existing.id);
    return { order: existing, created: false };
  }

  /** SKUs to products (422 naming the line for an unknown or retired SKU), kits to their recipes. */
  private async resolveProducts(order: NewOutboundOrder): Promise<ResolvedProducts> {
    const bySku = new Map<string, Product>();
    const errors: FieldError[] = [];
    for (const [i, line] of order.lines.entries()) {
      if (bySku.has(line.sku)) continue;
      const product = await this.products.getBySku(line.sku).catch((e: unknown) => {
        if (e instanceof NotFoundError) return null;
        throw e;
      });
      if (!product) errors.push({ field: `lines[${i}].sku`, message: `lines[${i}].sku ${line.sku} is not in the catalog` });
      else if (!product.active) errors.push({ field: `lines[${i}].sku`, message: `lines[${i}].sku ${line.sku} is no longer sold` });
      else bySku.set(line.sku, product);
    }
    if (errors.length) throw orderInvalid(errors);
    const recipes = await this.kits.recipes([...bySku.values()].map((p) => p.id));
    const skuOf = new Map([...bySku.values()].map((p) => [p.id, p.sku]));
    for (const component of [...recipes.values()].flat()) {
      if (!skuOf.has(component.componentProductId)) skuOf.set(component.componentProductId, (await this.products.get(component.componentProductId)).sku);
    }
    return { bySku, recipes, skuOf };
  }

  private async insert(manager: EntityManager, actor: ApiKeyActor, input: NewOutboundOrder, requestHash: string, resolved: ResolvedProducts): Promise<OutboundOrder> {
    const { shipTo } = input;
    const order = await manager.save(
      manager.create(OutboundOrder, {
        partnerId: actor.partnerId, externalId: input.externalId, requestHash, channel: input.channel, placedAt: new Date(input.placedAt),
        status: OutboundOrderStatus.Received, serviceLevel: input.serviceLevel,
        shipToName: shipTo.name, shipToAddressLine1: shipTo.addressLines[0], shipToAddressLine2: shipTo.addressLines[1] ?? null,
        shipToAddressLine3: shipTo.addressLines[2] ?? null, shipToCity: shipTo.city, shipToRegion: shipTo.region ?? null,
        shipToPostcode: shipTo.postcode ?? null, shipToCountry: shipTo.country, shipToPhone: shipTo.phone ?? null, shipToEmail: shipTo.email ?? null,
        currency: input.lines[0].currency, totalMinor: input.lines.reduce((sum, l) => sum + l.quantity * l.unitPriceMinor, 0),
        iossNumber: input.customs?.iossNumber ?? null, warehouseId: null,
      }),
    );
    const requirements: Partial<OrderRequirement>[] = [];
    for (const [i, l] of input.lines.entries()) {
      const product = resolved.bySku.get(l.sku)!;
      const recipe = resolved.recipes.get(product.id);
      const line = await manager.save(
        manager.create(OutboundOrderLine, {
          orderId: order.id, lineNo: i + 1, sku: l.sku, productId: product.id, quantity: l.quantity, unitPriceMinor: l.unitPriceMinor, isKit: !!recipe,
        }),
      );
      for (const need of expandLine({ productId: product.id, quantity: l.quantity }, recipe)) {
        requirements.push({ orderId: order.id, lineId: line.id, productId: need.productId, sku: resolved.skuOf.get(need.productId)!, quantity: need.quantity });
      }
    }
    await manager.insert(OrderRequirement, requirements);
    await recordEvent(manager, order, 'create', null, { actor, details: { externalId: order.externalId, lines: input.lines.length } });
    await enqueueAllocation(this.outbox, manager, order.id, 'intake');
    return order;
  }
}

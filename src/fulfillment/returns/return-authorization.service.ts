import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { Product, ProductService } from '../../catalog';
import { Transactions } from '../../common/database/transactions.service';
import { FieldError, NotFoundError } from '../../common/errors';
import { Page, PageQueryDto, paginate, parseSort } from '../../common/http/pagination';
import { Actor, actorLabel } from '../../identity';
import { ReturnLine } from '../entities/return-line.entity';
import { ReturnOrder } from '../entities/return-order.entity';
import { lockOrder } from '../orders/order-records';
import { OutboundOrderStatus } from '../orders/outbound-order.lifecycle';
import { ParcelQueryService } from '../packing/parcel-query.service';
import { ReturnDto, toReturnDto } from './return.dto';
import { returnLifecycle, ReturnReason, ReturnStatus } from './return.lifecycle';
import { claimedUnits, RequestedLine, returnRequestProblems } from './returnable';
import { orderNotShipped, returnLinesInvalid, returnNotFound } from './returns.errors';

export interface NewReturnLine {
  productId?: string;
  sku?: string;
  quantity: number;
  reasonCode: ReturnReason;
}

export interface ReturnQuery extends PageQueryDto {
  orderId?: string;
  status?: ReturnStatus;
}

const RETURNABLE_ORDER_STATUSES: readonly OutboundOrderStatus[] = [OutboundOrderStatus.Shipped, OutboundOrderStatus.Delivered];

/** Return authorizations (RMAs): creating them against what was shipped, reading and closing them. */
@Injectable()
export class ReturnAuthorizationService {
  constructor(
    private readonly products: ProductService,
    private readonly parcels: ParcelQueryService,
    private readonly transactions: Transactions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** The order row lock serializes returns of one order, so two RMAs cannot both claim the last unit. */
  async authorize(actor: Actor, orderId: string, lines: NewReturnLine[]): Promise<ReturnDto> {
    const requested = await this.resolveProducts(lines);
    return this.transactions.run(async (manager) => {
      const order = await lockOrder(manager, orderId);
      if (!RETURNABLE_ORDER_STATUSES.includes(order.status)) throw orderNotShipped(order.id, order.status);
      const shipped = await this.parcels.packedUnits(order.id, manager);
      const earlier = await this.returnsOf(manager, order.id);
      const problems = returnRequestProblems(requested, new Map([...shipped].map(([id, s]) => [id, s.quantity])), claimedUnits(earlier));
      if (problems.length) throw returnLinesInvalid(problems);

      const rma = await manager.save(
        manager.create(ReturnOrder, {
          orderId: order.id, orderExternalId: order.externalId, warehouseId: order.warehouseId!, status: ReturnStatus.Authorized,
          authorizedBy: actorLabel(actor), receivedAt: null, closedAt: null,
        }),
      );
      const saved = await manager.save(
        lines.map((l, i) =>
          manager.create(ReturnLine, {
            returnOrderId: rma.id, lineNo: i + 1, productId: requested[i].productId, sku: requested[i].sku, quantity: l.quantity, reasonCode: l.reasonCode,
            restockedQuantity: 0, quarantinedQuantity: 0, scrappedQuantity: 0,
          }),
        ),
      );
      return toReturnDto(rma, saved);
    });
  }

  async get(id: string): Promise<ReturnDto> {
    const rma = await this.dataSource.manager.findOneBy(ReturnOrder, { id });
    if (!rma) throw returnNotFound(id);
    return toReturnDto(rma, await this.dataSource.manager.findBy(ReturnLine, { returnOrderId: id }));
  }

  async list(query: ReturnQuery): Promise<Page<ReturnDto>> {
    const qb = this.dataSource.manager.createQueryBuilder(ReturnOrder, 'r');
    if (query.orderId) qb.andWhere('r.orderId = :orderId', { orderId: query.orderId });
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    const page = await paginate(qb, parseSort(undefined, { createdAt: 'createdAt' }, 'r', '-createdAt'), query);
    const lines = page.items.length ? await this.dataSource.manager.findBy(ReturnLine, { returnOrderId: In(page.items.map((r) => r.id)) }) : [];
    return { ...page, items: page.items.map((r) => toReturnDto(r, lines)) };
  }

  /** Nothing more is expected: units not received are released for another return. */
  close(id: string): Promise<ReturnDto> {
    return this.transactions.run(async (manager) => {
      const rma = await manager.findOne(ReturnOrder, { where: { id }, lock: { mode: 'pessimistic_write' } });
      if (!rma) throw returnNotFound(id);
      rma.status = returnLifecycle.next(rma.status, 'close');
      rma.closedAt = new Date();
      await manager.update(ReturnOrder, rma.id, { status: rma.status, closedAt: rma.closedAt });
      return toReturnDto(rma, await manager.findBy(ReturnLine, { returnOrderId: id }));
    });
  }

  async returnsOf(manager: EntityManager, orderId: string): Promise<{ status: ReturnStatus; lines: ReturnLine[] }[]> {
    const returns = await manager.findBy(ReturnOrder, { orderId });
    const lines = returns.length ? await manager.findBy(ReturnLine, { returnOrderId: In(returns.map((r) => r.id)) }) : [];
    return returns.map((r) => ({ status: r.status, lines: lines.filter((l) => l.returnOrderId === r.id) }));
  }

  /** Each line's product by id or SKU; unknown ones are a 422 naming the line. */
  private async resolveProducts(lines: NewReturnLine[]): Promise<RequestedLine[]> {
    const errors: FieldError[] = [];
    const found = await Promise.all(
      lines.map(async (l, i): Promise<Product | null> => {
        try {
          const product = l.productId ? await this.products.get(l.productId) : await this.products.getBySku(l.sku!);
          if (l.productId && l.sku && product.sku !== l.sku) errors.push({ field: `lines[${i}].sku`, message: `lines[${i}].sku ${l.sku} is not product ${l.productId}` });
          return product;
        } catch (error) {
          if (!(error instanceof NotFoundError)) throw error;
          errors.push({ field: `lines[${i}]`, message: `lines[${i}]: no product ${l.productId ?? l.sku}` });
          return null;
        }
      }),
    );
    if (errors.length) throw returnLinesInvalid(errors);
    return found.map((p, i) => ({ productId: p!.id, sku: p!.sku, quantity: lines[i].quantity }));
  }
}

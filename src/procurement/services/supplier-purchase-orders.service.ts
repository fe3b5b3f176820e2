import { Injectable } from '@nestjs/common';
import { Page } from '../../common/http/pagination';
import { ApiKeyActor } from '../../identity';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { PurchaseOrder } from '../entities/purchase-order.entity';
import { purchaseOrderNotFound } from '../procurement.errors';
import { Confirmation, PurchaseOrderChangesService } from './purchase-order-changes.service';
import { PurchaseOrderQuery, PurchaseOrderQueryService } from './purchase-order-query.service';
import { PurchaseOrderViewService } from './purchase-order-view.service';
import { SupplierService } from './supplier.service';

export interface SupplierOrder {
  po: PurchaseOrder;
  lines: PurchaseOrderLine[];
}

/**
 * Purchase orders as a supplier's API key sees them. The key's partner decides the supplier; a
 * partner linked to no supplier sees an empty list, and every order not its own is "not found".
 */
@Injectable()
export class SupplierPurchaseOrders {
  constructor(
    private readonly suppliers: SupplierService,
    private readonly queries: PurchaseOrderQueryService,
    private readonly views: PurchaseOrderViewService,
    private readonly changes: PurchaseOrderChangesService,
  ) {}

  async list(partnerId: string, query: PurchaseOrderQuery): Promise<Page<PurchaseOrder>> {
    const supplier = await this.suppliers.findByPartner(partnerId);
    if (!supplier) return { items: [], nextCursor: null, total: 0 };
    const page = await this.queries.listForSupplier(supplier.id, query);
    return { ...page, items: page.items.map((s) => s.po) };
  }

  async get(partnerId: string, id: string): Promise<SupplierOrder> {
    const supplier = await this.suppliers.findByPartner(partnerId);
    return this.withLines(await this.views.getOrderForSupplier(id, supplier?.id));
  }

  async confirm(actor: ApiKeyActor, id: string, input: Confirmation): Promise<SupplierOrder> {
    const supplier = await this.suppliers.findByPartner(actor.partnerId);
    if (!supplier) throw purchaseOrderNotFound(id);
    return this.withLines(await this.changes.confirm(id, input, actor, supplier.id));
  }

  private async withLines(po: PurchaseOrder): Promise<SupplierOrder> {
    return { po, lines: await this.views.linesOf(po.id) };
  }
}

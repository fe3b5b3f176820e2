import { Injectable } from '@nestjs/common';
import { UserActor } from '../../identity';
import { Incoterm, PurchaseOrderService, SEA_ONLY_INCOTERMS, SupplierService, TransportMode } from '../../procurement';

export interface DraftRequest {
  supplierId: string;
  warehouseId: string;
  mode: 'sea' | 'air';
  /** The supplier products' currency, so their list prices apply. */
  currency: string;
  lines: { productId: string; quantity: number }[];
  notes: string;
}

export interface CreatedDraft {
  id: string;
  number: string;
}

/** The air-and-container counterpart of each sea-only Incoterm (same cost split, risk at hand-over to the carrier). */
const FOR_AIR: Partial<Record<Incoterm, Incoterm>> = { FAS: 'FCA', FOB: 'FCA', CFR: 'CPT', CIF: 'CIP' };

/** Creates draft purchase orders through procurement's own service, with a buyer's checks and numbering. */
@Injectable()
export class PurchaseOrderDrafts {
  constructor(
    private readonly orders: PurchaseOrderService,
    private readonly suppliers: SupplierService,
  ) {}

  async create(request: DraftRequest, actor: UserActor): Promise<CreatedDraft> {
    const supplier = await this.suppliers.get(request.supplierId);
    const incoterm = supplier.defaultIncoterm;
    const po = await this.orders.create(
      {
        supplierId: request.supplierId,
        warehouseId: request.warehouseId,
        currency: request.currency,
        transportMode: request.mode === 'air' ? TransportMode.Air : TransportMode.Sea,
        // A supplier's usual FOB cannot go by air; its air equivalent keeps the same split of costs.
        ...(request.mode === 'air' && SEA_ONLY_INCOTERMS.has(incoterm) ? { incoterm: FOR_AIR[incoterm] } : {}),
        notes: request.notes,
        lines: request.lines,
      },
      actor,
    );
    return { id: po.id, number: po.number };
  }
}

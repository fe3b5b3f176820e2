import { Injectable } from '@nestjs/common';
import { ProductService } from '../../catalog';
import { ValidationFailedError } from '../../common/errors';
import { Environment } from '../../config/environment';
import { Actor } from '../../identity/actor';
import { Role } from '../../identity/roles';
import { StockMovement, MovementType } from '../entities/stock-movement.entity';
import { adjustmentNeedsLead } from '../inventory.errors';
import { StockLedgerService } from './stock-ledger.service';

export enum AdjustmentReason {
  Damaged = 'damaged',
  Lost = 'lost',
  Found = 'found',
  Correction = 'correction',
  Expired = 'expired',
}

/** Reasons that can only take stock away, or only add it. */
const DIRECTION: Record<AdjustmentReason, 'out' | 'in' | 'either'> = {
  [AdjustmentReason.Damaged]: 'out',
  [AdjustmentReason.Lost]: 'out',
  [AdjustmentReason.Expired]: 'out',
  [AdjustmentReason.Found]: 'in',
  [AdjustmentReason.Correction]: 'either',
};

export interface Adjustment {
  locationId: string;
  productId: string;
  lotId: string | null;
  /** Positive adds stock, negative removes it. */
  quantityDelta: number;
  reason: AdjustmentReason;
  idempotencyKey?: string;
}

@Injectable()
export class StockAdjustmentService {
  constructor(
    private readonly ledger: StockLedgerService,
    private readonly products: ProductService,
    private readonly env: Environment,
  ) {}

  async adjust(actor: Actor, a: Adjustment): Promise<StockMovement> {
    const direction = DIRECTION[a.reason];
    if (a.quantityDelta === 0 || (direction === 'out' && a.quantityDelta > 0) || (direction === 'in' && a.quantityDelta < 0)) {
      const rule = direction === 'out' ? 'must be negative (stock leaves)' : direction === 'in' ? 'must be positive (stock found)' : 'must not be 0';
      throw new ValidationFailedError([{ field: 'quantityDelta', message: `quantityDelta ${rule} for reason ${a.reason}` }]);
    }
    const quantity = Math.abs(a.quantityDelta);
    const product = await this.products.get(a.productId);
    const value = quantity * product.declaredValueMinor;
    // Large write-offs and write-ons move money: a lead signs them off (four eyes on the floor).
    const isLead = actor.kind === 'user' && actor.roles.some((r) => r === Role.WarehouseLead || r === Role.Admin);
    if (!isLead && (quantity > this.env.ADJUSTMENT_LEAD_QUANTITY || value > this.env.ADJUSTMENT_LEAD_VALUE_MINOR)) {
      throw adjustmentNeedsLead(quantity, value);
    }
    const [movement] = await this.ledger.post({ actor, idempotencyKey: a.idempotencyKey }, [
      {
        type: MovementType.Adjustment,
        productId: a.productId,
        fromLocationId: a.quantityDelta < 0 ? a.locationId : null,
        toLocationId: a.quantityDelta > 0 ? a.locationId : null,
        lotId: a.lotId,
        quantity,
        reasonCode: a.reason,
      },
    ]);
    return movement;
  }
}

import { Injectable } from '@nestjs/common';
import { Actor } from '../../identity/actor';
import { ScanAction, ScanDto, ScanResultDto } from '../api/scan.dto';
import { Location } from '../entities/location.entity';
import { Lot } from '../entities/lot.entity';
import { MovementType } from '../entities/stock-movement.entity';
import { expiryRequired, lotNotTracked, lotRequired, unreadableScan } from '../inventory.errors';
import { CycleCountService } from '../services/cycle-count.service';
import { LotService } from '../services/lot.service';
import { StockLedgerService } from '../services/stock-ledger.service';
import { ScannedItem, ScanResolver } from './scan-resolver';

const MOVEMENT_OF: Record<Exclude<ScanAction, ScanAction.Count>, MovementType> = {
  [ScanAction.Receive]: MovementType.Receipt,
  [ScanAction.Putaway]: MovementType.Putaway,
  [ScanAction.Move]: MovementType.Move,
  [ScanAction.Pick]: MovementType.Pick,
};

/** One handheld scan → one stock movement (or one count line). */
@Injectable()
export class ScanService {
  constructor(
    private readonly resolve: ScanResolver,
    private readonly lots: LotService,
    private readonly ledger: StockLedgerService,
    private readonly counts: CycleCountService,
  ) {}

  async scan(actor: Actor, idempotencyKey: string, input: ScanDto): Promise<ScanResultDto> {
    const location = await this.resolve.location('location', input.location);
    const item = await this.resolve.item('item', input.item);
    const toLocation = input.toLocation ? await this.resolve.location('toLocation', input.toLocation) : null;
    const quantity = input.quantity ?? item.count ?? 1;
    const lot = await this.lotOf(input, item);
    const result = (movementIds: string[], extra: Partial<ScanResultDto> = {}): ScanResultDto => ({
      action: input.action,
      product: { id: item.product.id, code: item.product.sku, name: item.product.nameEn },
      location: { id: location.id, code: location.code },
      toLocation: toLocation ? { id: toLocation.id, code: toLocation.code } : null,
      quantity,
      lot: lot ? { id: lot.id, code: lot.code, expiryDate: lot.expiryDate } : null,
      movementIds,
      ...extra,
    });

    if (input.action === ScanAction.Count) {
      const { cycleCountId } = await this.counts.recordCount({ locationId: location.id, productId: item.product.id, lotId: lot?.id ?? null, counted: quantity, actor });
      return result([], { cycleCountId });
    }
    if (quantity === 0) throw unreadableScan('quantity', '0', 'quantity must be at least 1 except when counting');
    const [from, to] = this.route(input.action, location, toLocation);
    const movements = await this.ledger.post({ actor, idempotencyKey: `${actor.kind}:${actor.id}:${idempotencyKey}` }, [
      {
        type: MOVEMENT_OF[input.action],
        productId: item.product.id,
        fromLocationId: from?.id ?? null,
        toLocationId: to?.id ?? null,
        lotId: lot?.id ?? null,
        quantity,
        reference: input.reference ?? null,
        reservationId: input.reservationId ?? null,
      },
    ]);
    return result(movements.map((m) => m.id));
  }

  /** Receiving brings stock into the scanned bin; every other action takes it out of the scanned bin. */
  private route(action: ScanAction, location: Location, toLocation: Location | null): [Location | null, Location | null] {
    if (action === ScanAction.Receive) return [null, location];
    if ((action === ScanAction.Putaway || action === ScanAction.Move) && !toLocation) {
      throw unreadableScan('toLocation', '', `${action} needs the destination bin: scan it as toLocation`);
    }
    return [location, toLocation];
  }

  private async lotOf(input: ScanDto, item: ScannedItem): Promise<Lot | null> {
    const code = input.lot ?? item.lot;
    const expiry = input.expiry ?? item.expiry ?? null;
    const { product } = item;
    if (!product.lotTracked) {
      if (code) throw lotNotTracked(product.sku);
      return null;
    }
    if (!code) throw lotRequired(product.sku);
    if (input.action === ScanAction.Receive) {
      if (product.expiryTracked && !expiry) throw expiryRequired(product.sku);
      return this.lots.findOrCreate(product.id, code, expiry);
    }
    const lot = await this.lots.find(product.id, code);
    // Counting may find a lot nobody received: it still has to be recorded.
    if (!lot && input.action === ScanAction.Count) return this.lots.findOrCreate(product.id, code, expiry);
    if (!lot) throw unreadableScan('lot', code, `no lot ${code} of ${product.sku} has been received`);
    return lot;
  }
}

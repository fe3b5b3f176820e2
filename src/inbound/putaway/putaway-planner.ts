import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { ProductSlotting } from '../entities/product-slotting.entity';
import { PutawayRuleConfig } from '../entities/putaway-rule-config.entity';
import { PutawayTask, PutawayTaskStatus } from '../entities/putaway-task.entity';
import { DEFAULT_RULE_ORDER, suggestBin } from './bin-suggestion';
import { WarehouseBins } from './warehouse-bins';

export interface ItemToPutAway {
  productId: string;
  sku: string;
  lotId: string | null;
  lotCode: string | null;
  quantity: number;
}

/** Turns received stock into put-away tasks, each with a suggested bin. */
@Injectable()
export class PutawayPlanner {
  constructor(private readonly bins: WarehouseBins) {}

  /**
   * One task per product and lot. Suggestions are made in order and each takes its units out of
   * the bin's free room, so two tasks are not both sent to the last free space of one bin.
   */
  async createTasks(manager: EntityManager, receipt: { id: string; warehouseId: string }, fromLocationId: string, items: ItemToPutAway[]): Promise<PutawayTask[]> {
    if (!items.length) return [];
    const config = await manager.findOneBy(PutawayRuleConfig, { warehouseId: receipt.warehouseId });
    const slotting = new Map(
      (await manager.findBy(ProductSlotting, { warehouseId: receipt.warehouseId, productId: In(items.map((i) => i.productId)) })).map((s) => [s.productId, s]),
    );
    const bins = await this.bins.load(receipt.warehouseId);
    const tasks = items.map((item) => {
      const slot = slotting.get(item.productId);
      const suggestion = suggestBin({
        productId: item.productId, lotId: item.lotId, quantity: item.quantity, rules: config?.rules ?? DEFAULT_RULE_ORDER,
        fixedPickFaceId: slot?.fixedPickFaceLocationId ?? null, preferredZone: slot?.preferredZone ?? null, bins,
      });
      const bin = suggestion ? bins.find((b) => b.id === suggestion.binId)! : null;
      if (bin) {
        bin.occupied += item.quantity;
        bin.holds.push({ productId: item.productId, lotId: item.lotId });
      }
      return manager.create(PutawayTask, {
        warehouseId: receipt.warehouseId, receiptId: receipt.id, productId: item.productId, sku: item.sku, lotId: item.lotId, lotCode: item.lotCode,
        fromLocationId, quantity: item.quantity, quantityPutAway: 0, suggestedLocationId: bin?.id ?? null, suggestedLocationCode: bin?.code ?? null,
        suggestionRule: suggestion?.rule ?? null, status: PutawayTaskStatus.Open, completedAt: null,
      });
    });
    return manager.save(tasks);
  }
}

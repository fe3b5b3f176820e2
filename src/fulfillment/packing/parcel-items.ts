import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { Product } from '../../catalog';
import { ParcelLine } from '../entities/parcel-line.entity';
import { Parcel } from '../entities/parcel.entity';
import { itemFitsSides } from './box-suggestion';
import { expectedItems, PackedPortion, PickedSourcesExhausted, portionsFor, remainingOf } from './pack-plan';
import { packedPortions, PackState } from './pack-state';
import { itemDoesNotFit, packTooMany, parcelNotFound, parcelOverweight, pickedGoodsMissing, wrongPackItem } from './packing.errors';
import { parcelLifecycle } from './parcel.lifecycle';

/** Puts scanned units into an open parcel, after checking them against the order and the box. */
@Injectable()
export class ParcelItems {
  async add(manager: EntityManager, state: PackState, parcelId: string, product: Product, quantity: number): Promise<void> {
    const parcel = await manager.findOne(Parcel, { where: { id: parcelId, orderId: state.order.id }, lock: { mode: 'pessimistic_write' } });
    if (!parcel) throw parcelNotFound(parcelId);
    parcelLifecycle.next(parcel.status, 'add_items');
    const portions = this.portions(state, product, quantity);
    const boxSides = { innerLengthMm: parcel.lengthMm, innerWidthMm: parcel.widthMm, innerHeightMm: parcel.heightMm };
    if (!itemFitsSides(product, boxSides)) throw itemDoesNotFit(product.sku, parcel.boxTypeCode);
    const weightG = parcel.computedWeightG + product.netWeightG * quantity;
    if (weightG > parcel.maxGrossWeightG) throw parcelOverweight(parcel.boxTypeCode, parcel.maxGrossWeightG, weightG);

    for (const portion of portions) await this.addPortion(manager, state, parcel, product, portion);
    await manager.update(Parcel, parcel.id, { computedWeightG: weightG });
  }

  /** Which requirements, lots and packing locations the units come from; a 422 for a mis-scan. */
  private portions(state: PackState, product: Product, quantity: number): PackedPortion[] {
    const ofProduct = state.requirements.filter((r) => r.productId === product.id);
    const expected = expectedItems(state.requirements);
    if (!ofProduct.length) throw wrongPackItem(product.sku, 'is not in this order', expected);
    const remaining = ofProduct.reduce((sum, r) => sum + remainingOf(r), 0);
    if (remaining <= 0) throw wrongPackItem(product.sku, 'is already packed in full', expected);
    if (quantity > remaining) throw packTooMany(product.sku, remaining, quantity);
    try {
      return portionsFor(product.id, quantity, state.requirements, state.sources, packedPortions(state.lines));
    } catch (error) {
      if (error instanceof PickedSourcesExhausted) throw pickedGoodsMissing(error.sku);
      throw error;
    }
  }

  private async addPortion(manager: EntityManager, state: PackState, parcel: Parcel, product: Product, portion: PackedPortion): Promise<void> {
    const existing = state.lines.find(
      (l) => l.parcelId === parcel.id && l.requirementId === portion.requirementId && l.lotId === portion.lotId && l.packingLocationId === portion.locationId,
    );
    if (existing) {
      await manager.update(ParcelLine, existing.id, { quantity: existing.quantity + portion.quantity });
      return;
    }
    const requirement = state.requirements.find((r) => r.requirementId === portion.requirementId)!;
    await manager.insert(ParcelLine, {
      parcelId: parcel.id, orderId: state.order.id, lineId: requirement.lineId, requirementId: requirement.requirementId, productId: product.id,
      sku: product.sku, lotId: portion.lotId, packingLocationId: portion.locationId, quantity: portion.quantity, unitNetWeightG: product.netWeightG,
    });
  }
}

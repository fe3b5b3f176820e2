import { Injectable } from '@nestjs/common';
import { Product, ProductService } from '../../catalog';
import { BoxType } from '../entities/box-type.entity';
import { ItemToPack, suggestBox } from './box-suggestion';
import { BoxTypeService } from './box-type.service';
import { expectedItems, remainingOf } from './pack-plan';
import { PackSessionDto, toParcelDto } from './pack-session.dto';
import { openParcelOf, PackRequirement, PackState } from './pack-state';

/** Catalogue facts of the products an order needs, by product id. */
export type ProductFacts = Map<string, Product>;

/** Builds what the pack bench shows: lines, what is still expected, the suggested box and the parcels. */
@Injectable()
export class PackSessionViews {
  constructor(
    private readonly products: ProductService,
    private readonly boxTypes: BoxTypeService,
  ) {}

  async productsOf(requirements: PackRequirement[]): Promise<ProductFacts> {
    const ids = [...new Set(requirements.map((r) => r.productId))];
    return new Map((await Promise.all(ids.map((id) => this.products.get(id)))).map((p) => [p.id, p]));
  }

  /** The smallest active box for everything not yet packed; null when nothing is left or nothing fits. */
  async suggestion(requirements: PackRequirement[], products: ProductFacts): Promise<BoxType | null> {
    const items = remainingItems(requirements, products);
    return items.length ? suggestBox(items, await this.boxTypes.active()) : null;
  }

  async present(state: PackState): Promise<PackSessionDto> {
    const products = await this.productsOf(state.requirements);
    const box = await this.suggestion(state.requirements, products);
    const parcelCount = state.parcels.length;
    return {
      id: state.order.id,
      orderId: state.order.id,
      orderExternalId: state.order.externalId,
      orderStatus: state.order.status,
      lines: state.requirements.map((r) => ({
        requirementId: r.requirementId, lineId: r.lineId, productId: r.productId, sku: r.sku, quantity: r.quantity, picked: r.picked, packed: r.packed, remaining: remainingOf(r),
      })),
      expected: expectedItems(state.requirements),
      suggestedBox: box && {
        code: box.code, name: box.name, innerLengthMm: box.innerLengthMm, innerWidthMm: box.innerWidthMm, innerHeightMm: box.innerHeightMm,
        tareWeightG: box.tareWeightG, maxGrossWeightG: box.maxGrossWeightG,
      },
      openParcelId: openParcelOf(state)?.id ?? null,
      parcels: state.parcels.map((p) => toParcelDto(p, state.lines, parcelCount)),
    };
  }
}

export function remainingItems(requirements: PackRequirement[], products: ProductFacts): ItemToPack[] {
  return requirements
    .filter((r) => remainingOf(r) > 0)
    .map((r) => {
      const p = products.get(r.productId)!;
      return { lengthMm: p.lengthMm, widthMm: p.widthMm, heightMm: p.heightMm, netWeightG: p.netWeightG, quantity: remainingOf(r) };
    });
}

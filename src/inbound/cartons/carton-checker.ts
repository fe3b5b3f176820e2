import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import { Product, ProductService } from '../../catalog';
import { parseSscc } from '../../common/codes';
import { FieldError, NotFoundError } from '../../common/errors';
import { InboundCarton } from '../entities/inbound-carton.entity';
import { cartonsInvalid } from '../inbound.errors';
import { CartonDraft, ContentDraft } from './packing-list';

export interface CheckedContent {
  productId: string;
  sku: string;
  lotCode: string | null;
  expiryDate: string | null;
  quantity: number;
}

export interface CheckedCarton {
  /** Null: generate one. */
  sscc: string | null;
  grossWeightG: number | null;
  contents: CheckedContent[];
}

/**
 * Checks declared cartons against the catalog and the shipment before anything is written: every
 * problem of every carton is collected, so one upload reports them all and writes nothing.
 */
@Injectable()
export class CartonChecker {
  constructor(private readonly products: ProductService) {}

  async check(manager: EntityManager, shipmentProductIds: ReadonlySet<string>, drafts: CartonDraft[]): Promise<CheckedCarton[]> {
    const errors: FieldError[] = [];
    const products = await this.productsBySku(drafts.flatMap((d) => d.contents.map((c) => c.sku)));
    const checked = drafts.map((draft) => ({
      sscc: this.sscc(draft, errors),
      grossWeightG: draft.grossWeightG,
      contents: draft.contents.flatMap((content) => this.content(content, products.get(content.sku), shipmentProductIds, errors)),
    }));
    await this.refuseKnownSsccs(manager, drafts, checked, errors);
    if (errors.length) throw cartonsInvalid(errors);
    return checked;
  }

  private sscc(draft: CartonDraft, errors: FieldError[]): string | null {
    if (!draft.sscc) return null;
    try {
      return parseSscc(draft.sscc);
    } catch {
      errors.push({ field: draft.ssccField, message: `"${draft.sscc}" is not a valid SSCC-18 (18 digits with the GS1 check digit); leave it out to have one generated` });
      return null;
    }
  }

  private content(content: ContentDraft, product: Product | undefined, onShipment: ReadonlySet<string>, errors: FieldError[]): CheckedContent[] {
    const fail = (name: string, message: string) => errors.push({ field: `${content.field}.${name}`, message });
    if (!product) {
      fail('sku', `no product has SKU ${content.sku}`);
      return [];
    }
    if (!onShipment.has(product.id)) fail('sku', `${product.sku} is on none of this shipment's purchase-order lines`);
    if (product.lotTracked && !content.lot) fail('lot', `${product.sku} is lot-tracked: lot is required`);
    if (!product.lotTracked && content.lot) fail('lot', `${product.sku} is not lot-tracked: leave lot empty`);
    if (product.expiryTracked && !content.expiry) fail('expiry', `${product.sku} tracks expiry: expiry is required`);
    if (!product.expiryTracked && content.expiry) fail('expiry', `${product.sku} does not track expiry: leave expiry empty`);
    return [{ productId: product.id, sku: product.sku, lotCode: content.lot, expiryDate: content.expiry, quantity: content.quantity }];
  }

  private async refuseKnownSsccs(manager: EntityManager, drafts: CartonDraft[], checked: CheckedCarton[], errors: FieldError[]): Promise<void> {
    const given = checked.map((c) => c.sscc).filter((s): s is string => s !== null);
    if (!given.length) return;
    const taken = new Set((await manager.find(InboundCarton, { select: { sscc: true }, where: { sscc: In(given) } })).map((c) => c.sscc));
    const seen = new Set<string>();
    checked.forEach((carton, i) => {
      if (!carton.sscc) return;
      if (taken.has(carton.sscc)) errors.push({ field: drafts[i].ssccField, message: `SSCC ${carton.sscc} is already registered` });
      else if (seen.has(carton.sscc)) errors.push({ field: drafts[i].ssccField, message: `SSCC ${carton.sscc} is given twice` });
      seen.add(carton.sscc);
    });
  }

  private async productsBySku(skus: string[]): Promise<Map<string, Product>> {
    const found = new Map<string, Product>();
    for (const sku of new Set(skus)) {
      try {
        const product = await this.products.getBySku(sku);
        found.set(sku, product);
      } catch (error) {
        if (!(error instanceof NotFoundError)) throw error;
      }
    }
    return found;
  }
}

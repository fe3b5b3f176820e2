import type { Product } from '../../catalog';
import { CustomsViolation } from './customs-rule';
import { tariffKeys } from './customs-territory';
import { DeclarationLine } from './declaration.types';
import { RateSheet } from './exchange-rates';

/** The product fields a declaration reads. */
export type DeclaredProduct = Pick<
  Product,
  'id' | 'sku' | 'gtin' | 'customsDescription' | 'customsDescriptionZh' | 'hsCode' | 'hsCodes' | 'countryOfOrigin' | 'netWeightG' | 'declaredValueMinor' | 'declaredValueCurrency'
>;

/** The destination's national code (a country's own, then its customs union's), else the HS subheading. */
export function tariffCodeFor(product: Pick<Product, 'hsCode' | 'hsCodes'>, destinationCountry: string): string {
  const key = tariffKeys(destinationCountry).find((k) => product.hsCodes[k]);
  return key ? product.hsCodes[key] : product.hsCode;
}

/** Units per product, in the order products first appear (a parcel may list one product twice). */
export function unitsPerProduct(lines: { productId: string; quantity: number }[]): Map<string, number> {
  const units = new Map<string, number>();
  for (const { productId, quantity } of lines) units.set(productId, (units.get(productId) ?? 0) + quantity);
  return units;
}

export interface PricedLines {
  lines: DeclarationLine[];
  violations: CustomsViolation[];
}

const missingRate = (field: string, from: string, to: string, rates: RateSheet): CustomsViolation => ({
  field,
  message: `no exchange rate for ${[from, to].filter((c) => !rates.has(c)).join(' and ')} on or before ${rates.date}: an admin must add one (PUT /api/v1/fx-rates/{currency}/{date})`,
  rule: 'FX_RATE_AVAILABLE',
});

/**
 * One declaration line per product, valued at the catalogue's declared value per unit converted
 * into `currency`; the line total is unit × quantity so printed lines add up.
 */
export function declarationLines(
  units: Map<string, number>,
  products: Map<string, DeclaredProduct>,
  destinationCountry: string,
  currency: string,
  rates: RateSheet,
): PricedLines {
  const lines: DeclarationLine[] = [];
  const violations: CustomsViolation[] = [];
  for (const [productId, quantity] of units) {
    const product = products.get(productId)!;
    const unitValue = rates.convert(product.declaredValueMinor, product.declaredValueCurrency, currency);
    if (unitValue === null) violations.push(missingRate(`items[${lines.length}].currency`, product.declaredValueCurrency, currency, rates));
    lines.push({
      productId,
      sku: product.sku,
      gtin: product.gtin,
      description: product.customsDescription,
      descriptionZh: product.customsDescriptionZh,
      quantity,
      netWeightG: product.netWeightG * quantity,
      unitValueMinor: unitValue ?? 0,
      valueMinor: (unitValue ?? 0) * quantity,
      currency,
      hsCode: tariffCodeFor(product, destinationCountry),
      originCountry: product.countryOfOrigin,
    });
  }
  return { lines, violations };
}

/** A threshold currency the consignment's value could not be converted into. */
export function thresholdRateViolation(currency: string, target: string, rates: RateSheet): CustomsViolation {
  return missingRate('currency', currency, target, rates);
}

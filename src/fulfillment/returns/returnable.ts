import { FieldError } from '../../common/errors';
import { receivedQuantity, ReturnLine } from '../entities/return-line.entity';
import { ReturnStatus } from './return.lifecycle';

export interface RequestedLine {
  productId: string;
  sku: string;
  quantity: number;
}

/** Units per product id. */
export type Units = Map<string, number>;

const add = (units: Units, productId: string, quantity: number) => units.set(productId, (units.get(productId) ?? 0) + quantity);

/**
 * Units of each product an order's returns account for: all authorized units while a return is
 * open, only those received once it is closed (the rest will not come and may be authorized again).
 */
export function claimedUnits(returns: { status: ReturnStatus; lines: ReturnLine[] }[]): Units {
  const units: Units = new Map();
  for (const r of returns) for (const l of r.lines) add(units, l.productId, r.status === ReturnStatus.Closed ? receivedQuantity(l) : l.quantity);
  return units;
}

export function receivedUnits(lines: ReturnLine[]): Units {
  const units: Units = new Map();
  for (const l of lines) add(units, l.productId, receivedQuantity(l));
  return units;
}

/** Field errors for requested lines that exceed what was shipped and not yet claimed by another return. */
export function returnRequestProblems(lines: RequestedLine[], shipped: Units, claimed: Units): FieldError[] {
  const requested: Units = new Map();
  const errors: FieldError[] = [];
  lines.forEach((line, i) => {
    const shippedUnits = shipped.get(line.productId) ?? 0;
    if (!shippedUnits) {
      errors.push({ field: `lines[${i}]`, message: `lines[${i}]: ${line.sku} was not shipped on this order` });
      return;
    }
    add(requested, line.productId, line.quantity);
    const open = shippedUnits - (claimed.get(line.productId) ?? 0);
    if (requested.get(line.productId)! > open) {
      errors.push({
        field: `lines[${i}].quantity`,
        message: `lines[${i}].quantity: at most ${Math.max(open, 0)} of ${line.sku} can still be returned (${shippedUnits} shipped, ${claimed.get(line.productId) ?? 0} already on returns)`,
      });
    }
  });
  return errors;
}

/** Every unit shipped has come back (restocked, quarantined or scrapped). */
export function everythingBack(shipped: Units, received: Units): boolean {
  return shipped.size > 0 && [...shipped].every(([productId, units]) => (received.get(productId) ?? 0) >= units);
}

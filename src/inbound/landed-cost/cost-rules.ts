import { FieldError, ValidationFailedError } from '../../common/errors';
import { parseRate, RATE_SCALE } from './allocation';
import { AllocationMethod, CostType } from './cost-types';

export interface CostShape {
  type: CostType;
  method: AllocationMethod;
  amountMinor: number | null;
  currency: string | null;
  hsRates: Record<string, string> | null;
}

/** Duty rates above 1000 % are typing mistakes, not tariffs. */
const MAX_RATE = 10n * RATE_SCALE;

/**
 * A cost names its amount and currency, except duty by HS line, whose rates may give the amount;
 * only duty is split by HS line, and the rates are 6-digit HS codes with plain decimal rates.
 */
export function checkCostShape(cost: CostShape): void {
  const errors: FieldError[] = [];
  const byHs = cost.method === AllocationMethod.DutyByHs;
  if (byHs && cost.type !== CostType.Duty) errors.push({ field: 'method', message: 'duty_by_hs allocates duty only' });
  if (!byHs && cost.amountMinor === null) errors.push({ field: 'amountMinor', message: 'amountMinor is required' });
  if (cost.amountMinor !== null && !cost.currency) errors.push({ field: 'currency', message: 'currency is required with amountMinor' });
  if (byHs && (!cost.hsRates || Object.keys(cost.hsRates).length === 0)) errors.push({ field: 'hsRates', message: 'duty_by_hs needs a rate per HS code' });
  if (!byHs && cost.hsRates) errors.push({ field: 'hsRates', message: 'hsRates belong to duty_by_hs' });
  for (const [code, rate] of Object.entries(cost.hsRates ?? {})) {
    if (!/^\d{6}$/.test(code)) errors.push({ field: `hsRates.${code}`, message: 'keys must be 6-digit HS codes' });
    const scaled = typeof rate === 'string' ? parseRate(rate) : null;
    if (scaled === null || scaled > MAX_RATE) errors.push({ field: `hsRates.${code}`, message: 'rate must be a decimal string between 0 and 10, e.g. "0.165"' });
  }
  if (errors.length) throw new ValidationFailedError(errors);
}

import { UnprocessableError, ValidationFailedError } from '../../common/errors';
import { PurchaseOrderLine } from '../entities/purchase-order-line.entity';
import { applyRevision } from './revision-diff';

const line = (id: string, extra: Partial<PurchaseOrderLine> = {}) =>
  ({
    id, lineNo: Number(id.slice(1)), sku: `SKU-${id}`, quantity: 100, unitPriceMinor: 1_250, promisedDate: '2026-03-01',
    quantityReceived: 0, quantityCancelled: 0, ...extra,
  }) as PurchaseOrderLine;

describe('applyRevision', () => {
  it('returns only the fields that change, with from and to, and applies them', () => {
    const lines = [line('l1'), line('l2')];
    const diff = applyRevision(lines, [
      { lineId: 'l1', quantity: 120, unitPriceMinor: 1_250 },
      { lineId: 'l2', promisedDate: '2026-03-15', quantityCancelled: 40 },
    ]);
    expect(diff).toEqual([
      { lineId: 'l1', lineNo: 1, sku: 'SKU-l1', changes: { quantity: { from: 100, to: 120 } } },
      { lineId: 'l2', lineNo: 2, sku: 'SKU-l2', changes: { promisedDate: { from: '2026-03-01', to: '2026-03-15' }, quantityCancelled: { from: 0, to: 40 } } },
    ]);
    expect(lines[0].quantity).toBe(120);
    expect(lines[1].quantityCancelled).toBe(40);
  });

  it('gives no diff when nothing changes', () => {
    expect(applyRevision([line('l1')], [{ lineId: 'l1', quantity: 100 }])).toEqual([]);
  });

  it('refuses an unknown or repeated line, naming the field', () => {
    expect(() => applyRevision([line('l1')], [{ lineId: 'l9', quantity: 1 }])).toThrow(UnprocessableError);
    try {
      applyRevision([line('l1')], [{ lineId: 'l1', quantity: 90 }, { lineId: 'l1', quantity: 80 }]);
    } catch (e) {
      expect((e as UnprocessableError).errors).toEqual([expect.objectContaining({ field: 'lines[1].lineId' })]);
    }
  });

  it('refuses cancelling more than is open, or ordering less than was received', () => {
    expect(() => applyRevision([line('l1')], [{ lineId: 'l1', quantityCancelled: 101 }])).toThrow(/less than received \(0\) plus cancelled \(101\)/);
    expect(() => applyRevision([line('l1', { quantityReceived: 60 })], [{ lineId: 'l1', quantity: 50 }])).toThrow(UnprocessableError);
  });

  it('refuses a price that overflows the line amount', () => {
    expect(() => applyRevision([line('l1')], [{ lineId: 'l1', unitPriceMinor: Number.MAX_SAFE_INTEGER }])).toThrow(ValidationFailedError);
  });
});

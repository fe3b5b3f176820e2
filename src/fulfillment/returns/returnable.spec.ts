import { ReturnLine } from '../entities/return-line.entity';
import { ReturnStatus } from './return.lifecycle';
import { claimedUnits, everythingBack, returnRequestProblems } from './returnable';

const line = (productId: string, quantity: number, received = 0): ReturnLine =>
  Object.assign(new ReturnLine(), { productId, quantity, restockedQuantity: received, quarantinedQuantity: 0, scrappedQuantity: 0 });

describe('returnable quantities', () => {
  const shipped = new Map([['tee', 3], ['mug', 1]]);

  it('counts open returns in full and closed ones by what came back', () => {
    const claimed = claimedUnits([
      { status: ReturnStatus.Authorized, lines: [line('tee', 2)] },
      { status: ReturnStatus.Closed, lines: [line('tee', 1, 0), line('mug', 1, 1)] },
    ]);
    expect(claimed).toEqual(new Map([['tee', 2], ['mug', 1]]));
  });

  it('allows up to shipped minus already claimed, summed over lines of one product', () => {
    const claimed = new Map([['tee', 1]]);
    expect(returnRequestProblems([{ productId: 'tee', sku: 'TEE', quantity: 2 }], shipped, claimed)).toEqual([]);
    const errors = returnRequestProblems(
      [
        { productId: 'tee', sku: 'TEE', quantity: 1 },
        { productId: 'tee', sku: 'TEE', quantity: 2 },
      ],
      shipped,
      claimed,
    );
    expect(errors).toEqual([{ field: 'lines[1].quantity', message: expect.stringContaining('at most 2 of TEE') }]);
  });

  it('refuses products the order did not ship', () => {
    expect(returnRequestProblems([{ productId: 'cap', sku: 'CAP', quantity: 1 }], shipped, new Map())).toEqual([
      { field: 'lines[0]', message: 'lines[0]: CAP was not shipped on this order' },
    ]);
  });

  it('knows when everything shipped came back', () => {
    expect(everythingBack(shipped, new Map([['tee', 3], ['mug', 1]]))).toBe(true);
    expect(everythingBack(shipped, new Map([['tee', 3]]))).toBe(false);
    expect(everythingBack(new Map(), new Map())).toBe(false);
  });
});

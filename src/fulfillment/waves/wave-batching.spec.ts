import { planPickLists, selectWaveOrders } from './wave-batching';

const orders = (...lines: number[]) => lines.map((l, i) => ({ orderId: `o${i + 1}`, lines: l }));

describe('wave batching', () => {
  it('takes the oldest orders until a limit is reached', () => {
    expect(selectWaveOrders(orders(2, 3, 1, 1), { maxOrders: 3, maxLines: 100 }).map((o) => o.orderId)).toEqual(['o1', 'o2', 'o3']);
    expect(selectWaveOrders(orders(2, 3, 1, 1), { maxOrders: 10, maxLines: 5 }).map((o) => o.orderId)).toEqual(['o1', 'o2']);
  });

  it('stops at the first order that does not fit, keeping the wave oldest-first', () => {
    expect(selectWaveOrders(orders(2, 9, 1), { maxOrders: 10, maxLines: 5 }).map((o) => o.orderId)).toEqual(['o1']);
  });

  it('lets an order bigger than the line limit through on its own', () => {
    expect(selectWaveOrders(orders(12, 1), { maxOrders: 10, maxLines: 5 }).map((o) => o.orderId)).toEqual(['o1']);
  });

  it('gives big orders their own list and batches small ones into carts', () => {
    expect(planPickLists(orders(1, 7, 2, 3, 1, 6), 5, 2)).toEqual([
      { kind: 'single', orderIds: ['o2'] },
      { kind: 'single', orderIds: ['o6'] },
      { kind: 'batch', orderIds: ['o1', 'o3'] },
      { kind: 'batch', orderIds: ['o4', 'o5'] },
    ]);
    expect(planPickLists([], 5, 8)).toEqual([]);
  });
});

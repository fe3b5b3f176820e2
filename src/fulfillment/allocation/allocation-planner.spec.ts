import { planOrder, StockPicture, StockSource } from './allocation-planner';

const source = (warehouseId: string, productId: string, locationCode: string, free: number, lotId: string | null = null): StockSource => ({
  warehouseId, productId, sku: productId.toUpperCase(), locationId: `${warehouseId}:${locationCode}`, locationCode, lotId, free,
});

function picture(...sources: StockSource[]): StockPicture {
  const stock = new StockPicture();
  const groups = new Map<string, StockSource[]>();
  for (const s of sources) groups.set(`${s.warehouseId}|${s.productId}`, [...(groups.get(`${s.warehouseId}|${s.productId}`) ?? []), s]);
  for (const list of groups.values()) stock.set(list[0].warehouseId, list[0].productId, list);
  return stock;
}

const summary = (plan: ReturnType<typeof planOrder>) => ({
  warehouseId: plan.warehouseId,
  reservations: plan.reservations.map((r) => `${r.requirementId}:${r.source.warehouseId}/${r.source.locationCode}×${r.quantity}`),
  short: Object.fromEntries(plan.short),
});

describe('allocation planner', () => {
  it('takes from the best sources first (pick face before storage, as ranked) and spills over', () => {
    const stock = picture(source('W1', 'tee', 'P-01-01-01', 2), source('W1', 'tee', 'A-01-01-01', 10));
    const plan = planOrder([{ requirementId: 'r1', productId: 'tee', quantity: 5 }], stock, { warehouses: ['W1'], allowSplit: false });
    expect(summary(plan)).toEqual({ warehouseId: 'W1', reservations: ['r1:W1/P-01-01-01×2', 'r1:W1/A-01-01-01×3'], short: {} });
  });

  it('chooses the first warehouse that can fill the whole order', () => {
    const stock = picture(source('W1', 'tee', 'A', 5), source('W2', 'tee', 'A', 5), source('W2', 'cap', 'B', 1));
    const needs = [
      { requirementId: 'r1', productId: 'tee', quantity: 2 },
      { requirementId: 'r2', productId: 'cap', quantity: 1 },
    ];
    expect(summary(planOrder(needs, stock, { warehouses: ['W1', 'W2'], allowSplit: false })).warehouseId).toBe('W2');
  });

  it('without split, takes what the best-covering warehouse has and reports the rest short', () => {
    const stock = picture(source('W1', 'tee', 'A', 1), source('W2', 'tee', 'A', 3));
    const plan = planOrder([{ requirementId: 'r1', productId: 'tee', quantity: 5 }], stock, { warehouses: ['W1', 'W2'], allowSplit: false });
    expect(summary(plan)).toEqual({ warehouseId: 'W2', reservations: ['r1:W2/A×3'], short: { r1: 2 } });
  });

  it('with split, takes from several warehouses in preference order', () => {
    const stock = picture(source('W1', 'tee', 'A', 1), source('W2', 'tee', 'A', 3));
    const plan = planOrder([{ requirementId: 'r1', productId: 'tee', quantity: 4 }], stock, { warehouses: ['W1', 'W2'], allowSplit: true });
    expect(summary(plan)).toEqual({ warehouseId: 'W1', reservations: ['r1:W1/A×1', 'r1:W2/A×3'], short: {} });
  });

  it('stays in the warehouse an order is already served from', () => {
    const stock = picture(source('W1', 'tee', 'A', 10), source('W2', 'tee', 'A', 1));
    const plan = planOrder([{ requirementId: 'r1', productId: 'tee', quantity: 2 }], stock, { warehouses: ['W1', 'W2'], fixedWarehouseId: 'W2', allowSplit: false });
    expect(summary(plan)).toEqual({ warehouseId: 'W2', reservations: ['r1:W2/A×1'], short: { r1: 1 } });
  });

  it('counts two requirements of one product (a kit and a line sharing a component) together', () => {
    const stock = picture(source('W1', 'belt', 'A', 3));
    const needs = [
      { requirementId: 'kit-belt', productId: 'belt', quantity: 2 },
      { requirementId: 'line-belt', productId: 'belt', quantity: 2 },
    ];
    expect(summary(planOrder(needs, stock, { warehouses: ['W1'], allowSplit: false }))).toEqual({
      warehouseId: 'W1', reservations: ['kit-belt:W1/A×2', 'line-belt:W1/A×1'], short: { 'line-belt': 1 },
    });
  });

  it('only a committed plan uses stock up, so two orders cannot both have the last unit', () => {
    const stock = picture(source('W1', 'belt', 'A', 1));
    const options = { warehouses: ['W1'], allowSplit: false };
    const first = planOrder([{ requirementId: 'a', productId: 'belt', quantity: 1 }], stock, options);
    expect(planOrder([{ requirementId: 'b', productId: 'belt', quantity: 1 }], stock, options).short.size).toBe(0);
    stock.commit(first);
    expect(summary(planOrder([{ requirementId: 'b', productId: 'belt', quantity: 1 }], stock, options)).short).toEqual({ b: 1 });
  });
});

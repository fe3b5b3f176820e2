import { ServiceLevel } from '../entities/outbound-order.entity';
import { NewOutboundOrder, normalizeOrder, orderProblems } from './order-checks';

const order = (changes: Partial<NewOutboundOrder['shipTo']> = {}, ioss?: string): NewOutboundOrder =>
  normalizeOrder({
    externalId: ' SHOP-1 ', channel: 'web', placedAt: '2026-05-01T10:00:00+02:00', serviceLevel: ServiceLevel.Standard,
    shipTo: { name: 'Jane Doe', addressLines: ['221B Baker Street'], city: 'London', postcode: 'nw16xe', country: 'uk', ...changes },
    lines: [{ sku: 'tee-1', quantity: 2, unitPriceMinor: 1500, currency: 'gbp' }],
    customs: { iossNumber: ioss },
  });

describe('order checks', () => {
  it('stores UK as GB, tidies the postcode and codes', () => {
    const o = order();
    expect(o.shipTo).toMatchObject({ country: 'GB', postcode: 'NW1 6XE' });
    expect(o.lines[0]).toMatchObject({ sku: 'TEE-1', currency: 'GBP' });
    expect(o.placedAt).toBe('2026-05-01T08:00:00.000Z');
    expect(orderProblems(o)).toEqual([]);
  });

  it('names the field of a bad address', () => {
    expect(orderProblems(order({ country: 'DE', postcode: '1234' })).map((e) => e.field)).toEqual(['shipTo.postcode']);
    expect(orderProblems(order({ country: 'XX' })).map((e) => e.field)).toEqual(['shipTo.country']);
  });

  it('accepts an IOSS number only in its format and only for the EU', () => {
    expect(orderProblems(order({ country: 'DE', postcode: '10115' }, 'IM3720000014'))).toEqual([]);
    expect(orderProblems(order({ country: 'DE', postcode: '10115' }, 'IN3720000014'))[0].field).toBe('customs.iossNumber');
    expect(orderProblems(order({}, 'IM3720000014'))[0].message).toContain('only to consignments to the EU');
  });

  it('requires one currency for all lines', () => {
    const o = order();
    o.lines.push({ sku: 'TEE-2', quantity: 1, unitPriceMinor: 100, currency: 'EUR' });
    expect(orderProblems(o)).toEqual([{ field: 'lines[1].currency', message: 'lines[1].currency must be GBP like the first line' }]);
  });
});

import { PickListLine, PickLineStatus } from '../entities/pick-list-line.entity';
import { matchPickLine } from './pick-matching';

const line = (seq: number, locationCode: string, sku: string, toteSlot = 1, quantity = 2): PickListLine =>
  Object.assign(new PickListLine(), {
    id: `l${seq}`, seq, locationId: locationCode, locationCode, productId: sku, sku, toteSlot, quantity, pickedQuantity: 0, shortQuantity: 0, status: PickLineStatus.Open,
  });

const scan = (locationCode: string, sku: string, quantity = 1, tote?: number) => ({ locationId: locationCode, locationCode, productId: sku, sku, quantity, tote });

describe('matching a pick scan to a line', () => {
  const lines = [line(1, 'A-01-01-01', 'TEE'), line(2, 'A-01-02-01', 'CAP', 1), line(3, 'A-01-02-01', 'CAP', 2), line(4, 'A-02-01-01', 'BELT')];

  it('accepts any open line at the scanned bin, not only the next one', () => {
    expect(matchPickLine(lines, scan('A-02-01-01', 'BELT')).id).toBe('l4');
  });

  it('names the next bin when the scanned bin has nothing open', () => {
    expect(() => matchPickLine(lines, scan('B-01-01-01', 'TEE'))).toThrow('the next bin is A-01-01-01');
  });

  it('names the expected products when the item is wrong for the bin', () => {
    expect(() => matchPickLine(lines, scan('A-01-01-01', 'CAP'))).toThrow('expected TEE');
  });

  it('needs the tote when several orders take the item from the bin', () => {
    expect(() => matchPickLine(lines, scan('A-01-02-01', 'CAP'))).toThrow(expect.objectContaining({ code: 'PICK_TOTE_REQUIRED' }));
    expect(matchPickLine(lines, scan('A-01-02-01', 'CAP', 1, 2)).id).toBe('l3');
  });

  it('refuses more than the line still asks for, and skips lines already done', () => {
    expect(() => matchPickLine(lines, scan('A-01-01-01', 'TEE', 3))).toThrow(expect.objectContaining({ code: 'PICK_QUANTITY_EXCEEDS' }));
    const done = [Object.assign(line(1, 'A-01-01-01', 'TEE'), { status: PickLineStatus.Picked, pickedQuantity: 2 })];
    expect(() => matchPickLine(done, scan('A-01-01-01', 'TEE'))).toThrow(expect.objectContaining({ code: 'PICK_WRONG_LOCATION' }));
  });
});

import { boxMisfit, BoxSize, FILL_FACTOR, ItemToPack, suggestBox } from './box-suggestion';

const box = (code: string, l: number, w: number, h: number, maxGrossWeightG = 20_000, tareWeightG = 100): BoxSize => ({
  code, innerLengthMm: l, innerWidthMm: w, innerHeightMm: h, tareWeightG, maxGrossWeightG,
});
const SMALL = box('S', 200, 150, 100);
const MEDIUM = box('M', 350, 250, 150);
const LARGE = box('L', 500, 400, 300);
const TUBE = box('TUBE', 900, 100, 100);

const tee: ItemToPack = { lengthMm: 300, widthMm: 250, heightMm: 20, netWeightG: 180, quantity: 1 };
const mug: ItemToPack = { lengthMm: 120, widthMm: 90, heightMm: 100, netWeightG: 350, quantity: 1 };

describe('suggestBox', () => {
  it('picks the smallest box by volume that holds everything', () => {
    expect(suggestBox([mug], [LARGE, MEDIUM, SMALL])?.code).toBe('S');
    expect(suggestBox([tee, mug], [LARGE, SMALL, MEDIUM])?.code).toBe('M');
  });

  it('keeps the fill factor: the items may take only 1/FILL_FACTOR of the box', () => {
    const volume = 200 * 150 * 100;
    const cube = (side: number): ItemToPack => ({ lengthMm: side, widthMm: side, heightMm: side, netWeightG: 10, quantity: 1 });
    const justFits = { ...cube(50), quantity: Math.floor(volume / FILL_FACTOR / 125_000) };
    expect(boxMisfit([justFits], SMALL)).toBeNull();
    expect(boxMisfit([{ ...justFits, quantity: justFits.quantity + 1 }], SMALL)).toBe('too_small');
  });

  it('checks the longest side: a long item needs a box at least as long, whatever its volume', () => {
    const umbrella: ItemToPack = { lengthMm: 800, widthMm: 60, heightMm: 60, netWeightG: 400, quantity: 1 };
    expect(boxMisfit([umbrella], LARGE)).toBe('item_too_long');
    expect(suggestBox([umbrella], [SMALL, MEDIUM, LARGE, TUBE])?.code).toBe('TUBE');
  });

  it('compares all three sides sorted, so items may be turned but not squeezed', () => {
    const flat: ItemToPack = { lengthMm: 140, widthMm: 190, heightMm: 20, netWeightG: 50, quantity: 1 };
    expect(boxMisfit([flat], SMALL)).toBeNull();
    const thick: ItemToPack = { lengthMm: 190, widthMm: 140, heightMm: 140, netWeightG: 50, quantity: 1 };
    expect(boxMisfit([thick], SMALL)).toBe('item_too_long');
  });

  it('respects the maximum gross weight, counting the box tare', () => {
    const weights: ItemToPack = { lengthMm: 100, widthMm: 100, heightMm: 50, netWeightG: 4_950, quantity: 1 };
    expect(boxMisfit([weights], box('S5', 200, 150, 100, 5_000, 50))).toBeNull();
    expect(boxMisfit([weights], box('S5', 200, 150, 100, 5_000, 51))).toBe('too_heavy');
    expect(suggestBox([weights], [box('S5', 200, 150, 100, 5_000, 60), box('M', 350, 250, 150)])?.code).toBe('M');
  });

  it('returns null when no box holds everything, so the packer splits the order', () => {
    expect(suggestBox([{ ...tee, quantity: 60 }], [SMALL, MEDIUM, LARGE])).toBeNull();
    expect(suggestBox([tee], [])).toBeNull();
  });

  it('breaks volume ties by lighter tare, then code', () => {
    expect(suggestBox([mug], [box('B', 200, 150, 100, 20_000, 90), box('A', 150, 200, 100, 20_000, 120)])?.code).toBe('B');
    expect(suggestBox([mug], [box('B', 200, 150, 100), box('A', 150, 200, 100)])?.code).toBe('A');
  });
});

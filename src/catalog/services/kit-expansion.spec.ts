import { expandLine, kitAvailability } from './kit-expansion';

describe('kit expansion', () => {
  const outfit = [
    { componentProductId: 'dress', quantity: 1 },
    { componentProductId: 'belt', quantity: 1 },
    { componentProductId: 'hairclip', quantity: 2 },
  ];

  it('turns a kit line into its components times the line quantity', () => {
    expect(expandLine({ productId: 'outfit', quantity: 3 }, outfit)).toEqual([
      { productId: 'dress', quantity: 3 },
      { productId: 'belt', quantity: 3 },
      { productId: 'hairclip', quantity: 6 },
    ]);
  });

  it('leaves a product without components as it is', () => {
    expect(expandLine({ productId: 'tee', quantity: 2 }, undefined)).toEqual([{ productId: 'tee', quantity: 2 }]);
    expect(expandLine({ productId: 'tee', quantity: 2 }, [])).toEqual([{ productId: 'tee', quantity: 2 }]);
  });

  it('makes as many kits as the scarcest component allows', () => {
    const stock: Record<string, number> = { dress: 10, belt: 4, hairclip: 7 };
    expect(kitAvailability(outfit, (id) => stock[id] ?? 0)).toBe(3); // 7 clips make 3 pairs
    expect(kitAvailability(outfit, (id) => (id === 'belt' ? 0 : 50))).toBe(0);
    expect(kitAvailability(outfit, () => -2)).toBe(0);
  });
});

import { expectedItems, PickedSourcesExhausted, portionsFor, RequirementToPack } from './pack-plan';

const requirement = (requirementId: string, productId: string, picked: number, packed = 0): RequirementToPack => ({
  requirementId, lineId: `line-${requirementId}`, productId, sku: productId.toUpperCase(), picked, packed,
});

describe('pack plan', () => {
  it('lists what is still expected per SKU', () => {
    expect(expectedItems([requirement('r1', 'tee', 2, 1), requirement('r2', 'tee', 1), requirement('r3', 'mug', 1, 1)])).toEqual([{ sku: 'TEE', remaining: 2 }]);
  });

  it('takes units from the picked lots not yet boxed, requirement by requirement', () => {
    const requirements = [requirement('r1', 'tee', 3, 1), requirement('r2', 'tee', 2)];
    const sources = [
      { requirementId: 'r1', lotId: 'L1', locationId: 'pack', quantity: 1 },
      { requirementId: 'r1', lotId: 'L2', locationId: 'pack', quantity: 2 },
      { requirementId: 'r2', lotId: null, locationId: 'pack', quantity: 2 },
    ];
    const packed = [{ requirementId: 'r1', lotId: 'L1', locationId: 'pack', quantity: 1 }];
    expect(portionsFor('tee', 3, requirements, sources, packed)).toEqual([
      { requirementId: 'r1', lotId: 'L2', locationId: 'pack', quantity: 2 },
      { requirementId: 'r2', lotId: null, locationId: 'pack', quantity: 1 },
    ]);
  });

  it('says so when the pick records do not cover the picked count', () => {
    expect(() => portionsFor('tee', 2, [requirement('r1', 'tee', 2)], [{ requirementId: 'r1', lotId: null, locationId: 'pack', quantity: 1 }], [])).toThrow(
      PickedSourcesExhausted,
    );
  });
});

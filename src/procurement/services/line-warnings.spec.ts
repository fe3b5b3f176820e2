import { lineWarnings, SupplierTerms } from './line-warnings';

const terms = new Map<string, SupplierTerms>([
  ['tee', { supplierItemCode: 'HX-TEE-01', moq: 500, unitsPerCarton: 50 }],
  ['bag', { supplierItemCode: 'HX-BAG-02', moq: 1, unitsPerCarton: 1 }],
]);

describe('lineWarnings', () => {
  it('is silent for quantities at or above the MOQ in whole cartons', () => {
    expect(lineWarnings([{ lineNo: 1, supplierProductId: 'tee', quantity: 500 }, { lineNo: 2, supplierProductId: 'bag', quantity: 3 }], terms)).toEqual([]);
  });

  it('counts every line of an item towards its MOQ and points at the first one', () => {
    const lines = [
      { lineNo: 1, supplierProductId: 'tee', quantity: 200 },
      { lineNo: 2, supplierProductId: 'bag', quantity: 7 },
      { lineNo: 3, supplierProductId: 'tee', quantity: 250 },
    ];
    expect(lineWarnings(lines, terms)).toEqual([
      expect.objectContaining({ code: 'BELOW_MOQ', field: 'lines[0].quantity', lineNo: 1, message: expect.stringContaining('450 of HX-TEE-01') }),
    ]);
    expect(lineWarnings([...lines, { lineNo: 4, supplierProductId: 'tee', quantity: 50 }], terms)).toEqual([]);
  });

  it('flags each line that does not fill whole cartons', () => {
    const warnings = lineWarnings([{ lineNo: 1, supplierProductId: 'tee', quantity: 520 }], terms);
    expect(warnings).toEqual([
      { code: 'NOT_CARTON_MULTIPLE', field: 'lines[0].quantity', lineNo: 1, message: expect.stringContaining('11 full cartons hold 550') },
    ]);
  });

  it('reports both problems of one line', () => {
    const codes = lineWarnings([{ lineNo: 1, supplierProductId: 'tee', quantity: 30 }], terms).map((w) => w.code);
    expect(codes.sort()).toEqual(['BELOW_MOQ', 'NOT_CARTON_MULTIPLE']);
  });

  it('ignores fully cancelled lines for the MOQ', () => {
    expect(lineWarnings([{ lineNo: 1, supplierProductId: 'tee', quantity: 0 }], terms)).toEqual([]);
  });
});

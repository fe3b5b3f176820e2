import { isCalendarDate, readPackingList } from './packing-list';

describe('readPackingList', () => {
  it('groups rows by SSCC and gives rows without one a carton each', () => {
    const { cartons, errors } = readPackingList(
      'SSCC,sku,lot,expiry,quantity,gross_weight_g\n' +
        '106141411234567897,tee-blk-m,L1,2027-01-31,10,5200\n' +
        '(00)106141411234567897,HOOD-GRY-M,,,4,\n' +
        ',TEE-BLK-M,,,20,9000\n',
    );
    expect(errors).toEqual([]);
    expect(cartons).toEqual([
      {
        sscc: '106141411234567897', ssccField: 'rows[1].sscc', grossWeightG: 5200,
        contents: [
          { field: 'rows[1]', sku: 'TEE-BLK-M', lot: 'L1', expiry: '2027-01-31', quantity: 10 },
          { field: 'rows[2]', sku: 'HOOD-GRY-M', lot: null, expiry: null, quantity: 4 },
        ],
      },
      { sscc: null, ssccField: 'rows[3].sscc', grossWeightG: 9000, contents: [{ field: 'rows[3]', sku: 'TEE-BLK-M', lot: null, expiry: null, quantity: 20 }] },
    ]);
  });

  it('needs only sku and quantity, in any column order', () => {
    const { cartons, errors } = readPackingList('quantity,sku\n3,TEE\n');
    expect(errors).toEqual([]);
    expect(cartons).toEqual([{ sscc: null, ssccField: 'rows[1].sscc', grossWeightG: null, contents: [{ field: 'rows[1]', sku: 'TEE', lot: null, expiry: null, quantity: 3 }] }]);
  });

  it('reports every bad row by number and field, and returns no cartons', () => {
    const { cartons, errors } = readPackingList(
      'sscc,sku,lot,expiry,quantity,gross_weight_g\n' +
        ',TEE,,,5,\n' +
        '106141411234567890,TEE,,,5,\n' +
        ',,,2027-02-30,0,-1\n' +
        ',TEE,,,5\n',
    );
    expect(cartons).toEqual([]);
    expect(errors.map((e) => e.field)).toEqual([
      'rows[2].sscc', 'rows[3].sku', 'rows[3].quantity', 'rows[3].expiry', 'rows[3].gross_weight_g', 'rows[4]',
    ]);
    expect(errors[0].message).toContain('check digit');
  });

  it('refuses two different weights for one carton', () => {
    const { errors } = readPackingList('sscc,sku,quantity,gross_weight_g\n106141411234567897,A1,1,100\n106141411234567897,B1,1,200\n');
    expect(errors).toEqual([{ field: 'rows[2].gross_weight_g', message: expect.stringContaining('100 g') }]);
  });

  it.each([
    ['', 'csv', 'header row is required'],
    ['sku,quantity\n', 'csv', 'no rows'],
    ['sku,qty\nA,1\n', 'header', 'unknown column "qty"'],
    ['sku,sku,quantity\nA,A,1\n', 'header', 'appears twice'],
    ['sku,quantity\n"A,1\n', 'csv', 'never closed'],
  ])('refuses %j as a whole', (csv, field, message) => {
    const { errors } = readPackingList(csv);
    expect(errors[0]).toEqual({ field, message: expect.stringContaining(message) });
  });
});

describe('isCalendarDate', () => {
  it('accepts real days only', () => {
    expect(isCalendarDate('2028-02-29')).toBe(true);
    expect(isCalendarDate('2027-02-29')).toBe(false);
    expect(isCalendarDate('2027-1-01')).toBe(false);
  });
});

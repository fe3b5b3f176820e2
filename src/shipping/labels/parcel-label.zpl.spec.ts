import { parcelLabelContent } from './label-content';
import { renderParcelLabelZpl } from './parcel-label.zpl';

const label = parcelLabelContent({
  parcel: {
    parcelId: 'p1', orderId: 'o1', orderReference: 'SO-100234', sequence: 2, count: 3, grossWeightG: 2_350, dimensions: { lengthMm: 300, widthMm: 200, heightMm: 100 },
    lines: [], shipTo: { name: 'Jane Doe', lines: ['25 Rue de Rivoli'], city: 'Paris', region: null, postcode: '75001', country: 'FR', phone: null, email: null },
    serviceLevel: 'standard', iossNumber: 'IM2500000001', warehouseId: 'w1', shopPartnerId: 'shop-1',
  },
  sender: { name: 'Acme Warehouse', addressLines: ['100 Port St', 'NEWARK NJ 07114', 'UNITED STATES OF AMERICA'], city: 'Newark', country: 'US', phone: null, email: null, references: {} },
  carrierName: 'National Post', serviceName: 'Priority Intl', booking: { trackingNumber: 'LX123456785US', routingCode: 'FR-750' }, incoterm: 'DAP',
});

describe('parcel label ZPL', () => {
  it('prints every zone at 203 dpi: 812 × 1218 dots, UTF-8, Code 128 of the tracking number with its text line', () => {
    const zpl = renderParcelLabelZpl(label, 203);
    expect(zpl.startsWith('^XA^CI28^PW812^LL1218')).toBe(true);
    expect(zpl.trimEnd().endsWith('^XZ')).toBe(true);
    expect(zpl).toContain('^FDACME WAREHOUSE^FS');
    expect(zpl).toContain('^FDNEWARK NJ 07114 US^FS');
    expect(zpl).toContain('^FD2.35 KG^FS');
    expect(zpl).toContain('^FD2 OF 3^FS');
    expect(zpl).toContain('^FO56,168^A0N,45,45^FB733,1,0,L,0^FDJANE DOE^FS');
    expect(zpl).toContain('^FD75001 PARIS^FS');
    expect(zpl).toContain('^FDFRANCE^FS');
    expect(zpl).toContain('^FDPRIORITY INTL^FS');
    expect(zpl).toContain('^FDROUTE FR-750^FS');
    expect(zpl).toContain('^BXN,6,200^FDLX123456785US|FR|75001^FS');
    expect(zpl).toContain('^FO72,764^BY3^BCN,192,Y,N,N,A^FDLX123456785US^FS');
    expect(zpl).toContain('^FDREF SO-100234^FS');
    expect(zpl).toContain('^FR^FDDAP^FS');
    expect(zpl).not.toContain('IM2500000001');
  });

  it('scales the same layout to 300 dpi: 1200 × 1800 dots, 11.811 dots/mm, wider bars', () => {
    const zpl = renderParcelLabelZpl(label, 300);
    expect(zpl.startsWith('^XA^CI28^PW1200^LL1800')).toBe(true);
    expect(zpl).toContain('^FO83,248^A0N,66,66^FB1082,1,0,L,0^FDJANE DOE^FS');
    expect(zpl).toContain('^FO106,1128^BY4^BCN,283,Y,N,N,A^FDLX123456785US^FS');
    expect(zpl).toContain('^BXN,9,200^FDLX123456785US|FR|75001^FS');
  });

  it('keeps the recipient in the largest type on the label', () => {
    const heights = [...renderParcelLabelZpl(label, 203).matchAll(/\^A0N,(\d+),\d+(?:\^FB[^^]*)?(?:\^FR)?\^FD([^^]*)\^FS/g)].map(([, h, text]) => ({ h: Number(h), text }));
    const tallest = Math.max(...heights.map((f) => f.h));
    expect(heights.filter((f) => f.h === tallest).map((f) => f.text)).toEqual(['JANE DOE']);
  });
});

import { drawBarcode } from './barcode';
import { createPdf } from './document';
import { mm } from './units';

describe('drawBarcode sizing', () => {
  const doc = createPdf();
  const at = { x: 50, y: 50 };

  it('uses a 0.5 mm X-dimension for GS1-128 by default, the GS1 logistics-label minimum', () => {
    const drawn = drawBarcode(doc, { symbology: 'gs1-128', text: '(00)106141411234567897', ...at, height: mm(25) });
    expect(drawn.moduleWidth).toBeCloseTo(mm(0.5));
    expect(drawn.height).toBeCloseTo(mm(25));
  });

  it('stretches a linear symbol to an exact width when asked, unless moduleWidth is given', () => {
    const fitted = drawBarcode(doc, { symbology: 'code128', text: 'PO-2026-00042', ...at, height: 40, width: 200 });
    expect(fitted.width).toBeCloseTo(200);
    const fixed = drawBarcode(doc, { symbology: 'code128', text: 'PO-2026-00042', ...at, height: 40, width: 200, moduleWidth: 1 });
    expect(fixed.moduleWidth).toBe(1);
  });

  it('fits a 2D symbol into its box with square modules', () => {
    const drawn = drawBarcode(doc, { symbology: 'qrcode', text: 'PO-2026-00042', ...at, height: 100, width: 60 });
    expect(drawn.width).toBeLessThanOrEqual(60);
    expect(drawn.height).toBeCloseTo(drawn.width);
  });

  it('adds the caption line to the height and keeps the flow position', () => {
    doc.x = 10;
    doc.y = 20;
    const bare = drawBarcode(doc, { symbology: 'code128', text: 'A1', ...at, height: 30 });
    const captioned = drawBarcode(doc, { symbology: 'code128', text: 'A1', ...at, height: 30, humanReadable: true });
    expect(captioned.height).toBeGreaterThan(bare.height + 8);
    expect([doc.x, doc.y]).toEqual([10, 20]);
  });

  it('refuses a GS1 element string with a wrong check digit', () => {
    expect(() => drawBarcode(doc, { symbology: 'gs1-128', text: '(00)106141411234567890', ...at, height: 40 })).toThrow(/checksum/i);
  });
});

import {
  FONT,
  LABEL_4X6,
  addPageNumbers,
  createPdf,
  drawBarcode,
  drawTable,
  fontFor,
  mm,
  pdfToBuffer,
} from '../../src/common/rendering';
import { decodeBarcodes } from '../support/barcodes';
import { pdfPageCount, pdfPageTexts, pdfText } from '../support/pdf';

const GS = '\u001d';
const GS1_DATAMATRIX = '(01)09506000134352(17)261231(10)LOT-7(21)SN042';
const QR_CONTENT = 'https://wms.example/po/PO-2026-00042';

async function barcodeSheet(): Promise<Buffer> {
  const doc = createPdf({ title: 'Barcode sheet', author: 'WMS tests' });
  doc.font(FONT.sansBold).fontSize(16).text('Purchase order PO-2026-00042');
  const item = '男士圆领T恤 白色 / Men crew-neck T-shirt, white';
  doc.font(fontFor(item)).fontSize(11).text(item);
  const left = doc.page.margins.left;
  drawBarcode(doc, { symbology: 'code128', text: 'PO-2026-00042', x: left, y: mm(40), height: mm(15), humanReadable: true });
  drawBarcode(doc, { symbology: 'gs1-128', text: '(00)106141411234567897', x: left, y: mm(75), height: mm(25), humanReadable: true });
  drawBarcode(doc, { symbology: 'gs1-datamatrix', text: GS1_DATAMATRIX, x: left, y: mm(125), height: mm(20) });
  drawBarcode(doc, { symbology: 'qrcode', text: QR_CONTENT, x: left + mm(60), y: mm(125), height: mm(25) });
  return pdfToBuffer(doc);
}

describe('document rendering', () => {
  let sheet: Buffer;

  beforeAll(async () => {
    sheet = await barcodeSheet();
  });

  it('embeds fonts whose text extracts back in English and Chinese', async () => {
    const text = await pdfText(sheet);

    expect(text).toContain('Purchase order PO-2026-00042');
    expect(text).toContain('男士圆领T恤 白色');
    expect(text).toContain('Men crew-neck T-shirt, white');
    expect(await pdfPageCount(sheet)).toBe(1);
  });

  it('draws the barcodes as vectors that decode back to exactly their content', async () => {
    expect(sheet.toString('latin1')).not.toContain('/Subtype /Image');

    expect(await decodeBarcodes(sheet)).toEqual([
      { format: 'CODE_128', text: 'PO-2026-00042' },
      { format: 'CODE_128', text: ']C100106141411234567897' },
      { format: 'DATA_MATRIX', text: `]d201095060001343521726123110LOT-7${GS}21SN042` },
      { format: 'QR_CODE', text: QR_CONTENT },
    ]);
  });

  it('reads a Code 128 whose check symbol has the FNC1 value as exactly its content', async () => {
    const doc = createPdf();
    drawBarcode(doc, { symbology: 'code128', text: 'PO-2026-00035', x: mm(20), y: mm(20), height: mm(12), humanReadable: true });

    expect(await decodeBarcodes(await pdfToBuffer(doc))).toEqual([{ format: 'CODE_128', text: 'PO-2026-00035' }]);
  });

  it('prints the human-readable line under linear barcodes', async () => {
    const text = await pdfText(sheet);

    expect(text).toContain('PO-2026-00042');
    expect(text).toContain('(00)106141411234567897');
  });

  it('flows a long table across pages, repeating the header and numbering every page', async () => {
    const doc = createPdf({ size: 'A4', title: 'Long order' });
    const columns = [
      { header: 'Line', width: mm(15), align: 'right' as const },
      { header: 'SKU', width: mm(35) },
      { header: 'Description 描述', width: mm(95) },
      { header: 'Qty', width: mm(25), align: 'right' as const },
    ];
    const rows = Array.from({ length: 200 }, (_, index) => {
      const line = index + 1;
      // Every seventh description wraps onto a second line.
      const description = line % 7 === 0 ? `男士圆领T恤 白色 line ${line}, packed in cartons of twelve with a printed size and colour sticker` : `Widget line ${line}`;
      return [String(line), `SKU-${String(line).padStart(5, '0')}`, description, String(line * 3)];
    });
    drawTable(doc, { columns, rows });
    const pagesDrawn = doc.bufferedPageRange().count;
    addPageNumbers(doc);
    const pdf = await pdfToBuffer(doc);

    const pages = await pdfPageTexts(pdf);
    expect(pages.length).toBeGreaterThan(3);
    expect(await pdfPageCount(pdf)).toBe(pagesDrawn);
    expect(pages).toHaveLength(pagesDrawn);
    pages.forEach((text, index) => {
      expect(text).toContain(`Page ${index + 1} of ${pages.length}`);
      expect(text).toContain('Description 描述');
    });
    const all = pages.join('\n');
    expect(all).toContain('SKU-00001');
    expect(all).toContain('SKU-00200');
    expect(all).toContain('Widget line 200');
    expect(all).toContain('男士圆领T恤 白色 line 196');
  });

  it('keeps a caption that reaches into the bottom margin of a 4x6 label on its page', async () => {
    const doc = createPdf({ size: LABEL_4X6, margin: mm(4) });
    // Bars end at 146 mm; the caption under them crosses the margin line at 148.4 mm.
    drawBarcode(doc, { symbology: 'code128', text: 'LX123456785US', x: mm(8), y: mm(128), height: mm(18), humanReadable: true });
    const pdf = await pdfToBuffer(doc);

    expect(await pdfPageCount(pdf)).toBe(1);
    expect(await decodeBarcodes(pdf, 1, 203)).toEqual([{ format: 'CODE_128', text: 'LX123456785US' }]);
  });
});

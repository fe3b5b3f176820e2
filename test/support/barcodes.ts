import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import {
  BarcodeFormat,
  Binarizer,
  BinaryBitmap,
  DecodeHintType,
  GlobalHistogramBinarizer,
  HybridBinarizer,
  LuminanceSource,
  MultiFormatReader,
  RGBLuminanceSource,
} from '@zxing/library';

export interface DecodedBarcode {
  /** ZXing's format name: CODE_128, DATA_MATRIX or QR_CODE. */
  format: string;
  /**
   * The data as a scanner transmits it. GS1 symbols start with their symbology identifier
   * (]C1 for GS1-128, ]d2 for GS1 DataMatrix) and separate fields with GS (\u001d).
   */
  text: string;
}

interface Raster {
  width: number;
  height: number;
  /** One byte of luminance per pixel, row by row. */
  luminance: Uint8ClampedArray;
}

interface Region {
  left: number;
  top: number;
  width: number;
  height: number;
}

const run = promisify(execFile);
const DARK = 128;
const GS = '\u001d';

/**
 * Rasterises one page with poppler's pdftoppm and decodes every Code 128, DataMatrix and QR code
 * on it, top to bottom. ZXing reads one symbol per image, so the page is cut into separate
 * patches of ink first; patches that hold text simply decode to nothing.
 */
export async function decodeBarcodes(pdf: Buffer, page = 1, dpi = 300): Promise<DecodedBarcode[]> {
  const raster = await rasterise(pdf, page, dpi);
  const pixelsPerMm = dpi / 25.4;
  return inkRegions(raster, Math.round(pixelsPerMm), Math.round(3 * pixelsPerMm))
    .map((region) => decodeRegion(raster, region))
    .filter((decoded): decoded is DecodedBarcode => decoded !== undefined);
}

async function rasterise(pdf: Buffer, page: number, dpi: number): Promise<Raster> {
  const dir = await mkdtemp(join(tmpdir(), 'barcodes-'));
  try {
    await writeFile(join(dir, 'in.pdf'), pdf);
    const pageArgs = ['-f', String(page), '-l', String(page), '-singlefile'];
    await run('pdftoppm', ['-gray', '-r', String(dpi), ...pageArgs, join(dir, 'in.pdf'), join(dir, 'page')]);
    return parsePgm(await readFile(join(dir, 'page.pgm')));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * pdftoppm -gray writes a binary PGM: a short text header, then one byte per pixel. Reading it
 * takes milliseconds, where decoding the same page as PNG takes seconds under Jest.
 */
function parsePgm(file: Buffer): Raster {
  const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(file.toString('latin1', 0, 64));
  if (!header) throw new Error('pdftoppm did not write an 8-bit binary PGM');
  const [width, height] = [Number(header[1]), Number(header[2])];
  const pixels = file.subarray(header[0].length, header[0].length + width * height);
  return { width, height, luminance: new Uint8ClampedArray(pixels) };
}

/**
 * Bounding boxes of groups of ink: the page is split into cells of `cell` pixels, and inked cells
 * closer than `gap` pixels belong to the same group, which joins the bars of one barcode.
 */
function inkRegions(raster: Raster, cell: number, gap: number): Region[] {
  const columns = Math.ceil(raster.width / cell);
  const rows = Math.ceil(raster.height / cell);
  const inked = new Uint8Array(columns * rows);
  for (let y = 0; y < raster.height; y++) {
    for (let x = 0; x < raster.width; x++) {
      if (raster.luminance[y * raster.width + x] < DARK) inked[Math.floor(y / cell) * columns + Math.floor(x / cell)] = 1;
    }
  }
  const reach = Math.ceil(gap / cell);
  const seen = new Uint8Array(columns * rows);
  const regions: Region[] = [];
  for (let start = 0; start < inked.length; start++) {
    if (!inked[start] || seen[start]) continue;
    let [minX, minY, maxX, maxY] = [columns, rows, 0, 0];
    const stack = [start];
    seen[start] = 1;
    while (stack.length > 0) {
      const index = stack.pop() as number;
      const [cx, cy] = [index % columns, Math.floor(index / columns)];
      [minX, minY, maxX, maxY] = [Math.min(minX, cx), Math.min(minY, cy), Math.max(maxX, cx), Math.max(maxY, cy)];
      for (let ny = Math.max(0, cy - reach); ny <= Math.min(rows - 1, cy + reach); ny++) {
        for (let nx = Math.max(0, cx - reach); nx <= Math.min(columns - 1, cx + reach); nx++) {
          const neighbour = ny * columns + nx;
          if (inked[neighbour] && !seen[neighbour]) {
            seen[neighbour] = 1;
            stack.push(neighbour);
          }
        }
      }
    }
    // Leave white around the ink: the detectors look for the quiet zone.
    const left = Math.max(0, (minX - reach) * cell);
    const top = Math.max(0, (minY - reach) * cell);
    const right = Math.min(raster.width, (maxX + 1 + reach) * cell);
    const bottom = Math.min(raster.height, (maxY + 1 + reach) * cell);
    regions.push({ left, top, width: right - left, height: bottom - top });
  }
  return regions;
}

/**
 * ZXing's QR and DataMatrix detectors miss some symbols depending on how module edges fall on
 * pixels; since every region holds at most one symbol, reading it as a pure (axis-aligned,
 * isolated) symbol and a second binarizer rescue those.
 */
const ATTEMPTS: { binarizer: (source: LuminanceSource) => Binarizer; pure: boolean }[] = [
  { binarizer: (source) => new HybridBinarizer(source), pure: false },
  { binarizer: (source) => new HybridBinarizer(source), pure: true },
  { binarizer: (source) => new GlobalHistogramBinarizer(source), pure: true },
];

function decodeRegion(raster: Raster, region: Region): DecodedBarcode | undefined {
  const { luminance, width, height } = raster;
  const source = new RGBLuminanceSource(luminance, region.width, region.height, width, height, region.left, region.top);
  for (const { binarizer, pure } of ATTEMPTS) {
    const hints = new Map<DecodeHintType, unknown>([
      [DecodeHintType.POSSIBLE_FORMATS, [BarcodeFormat.CODE_128, BarcodeFormat.DATA_MATRIX, BarcodeFormat.QR_CODE]],
      [DecodeHintType.TRY_HARDER, true],
      // Makes the Code 128 reader report a leading FNC1 as ]C1 instead of dropping it.
      [DecodeHintType.ASSUME_GS1, true],
    ]);
    // The readers test whether this hint is present, not its value.
    if (pure) hints.set(DecodeHintType.PURE_BARCODE, true);
    try {
      const result = new MultiFormatReader().decode(new BinaryBitmap(binarizer(source)), hints);
      return toDecoded(BarcodeFormat[result.getBarcodeFormat()], result.getText());
    } catch {
      // Not a barcode this way; the next attempt may still read it.
    }
  }
  return undefined;
}

/**
 * ZXing's DataMatrix decoder reports a leading FNC1 as GS; scanners send ]d2 for it.
 * ZXing's Code 128 decoder (with ASSUME_GS1) also turns a check symbol whose value is 102, the
 * FNC1 value, into a trailing GS (e.g. for "PO-2026-00035"); no symbol ends with FNC1, so a
 * trailing GS is that check symbol and is dropped.
 */
function toDecoded(format: string, text: string): DecodedBarcode {
  if (format === 'DATA_MATRIX' && text.startsWith(GS)) return { format, text: `]d2${text.slice(1)}` };
  if (format === 'CODE_128' && text.endsWith(GS)) return { format, text: text.slice(0, -1) };
  return { format, text };
}

/// <reference types="pdfkit" />
import { raw } from 'bwip-js';
import { drawCenteredLine } from './centered-line';
import { mm } from './units';

export type Symbology = 'code128' | 'gs1-128' | 'datamatrix' | 'gs1-datamatrix' | 'qrcode';

export interface BarcodeOptions {
  symbology: Symbology;
  /** GS1 symbologies take the bracketed element string, e.g. "(00)106141411234567897". */
  text: string;
  /** Top-left corner of the symbol, in points. */
  x: number;
  y: number;
  /** Bar height of a linear symbol, or the box a 2D symbol must fit in, in points. */
  height: number;
  /** Linear: stretch to exactly this width. 2D: the box a 2D symbol must fit in. */
  width?: number;
  /** X-dimension (narrowest bar, or 2D module) in points; wins over width. */
  moduleWidth?: number;
  /** Prints `text` centred under the symbol in Sans. */
  humanReadable?: boolean;
  /** Human-readable font size in points. Default 8. */
  fontSize?: number;
}

export interface DrawnBarcode {
  /**
   * Size of the symbol plus the caption's line, without the quiet zone. The caption is centred
   * under the symbol and may overhang a narrow 2D symbol.
   */
  width: number;
  height: number;
  /** The X-dimension used: keep 10× clear on each side of a linear symbol, 1× (DataMatrix) or 4× (QR) around a 2D one. */
  moduleWidth: number;
}

const BWIPP_ENCODER: Record<Symbology, string> = {
  code128: 'code128',
  'gs1-128': 'gs1-128',
  datamatrix: 'datamatrix',
  'gs1-datamatrix': 'gs1datamatrix',
  qrcode: 'qrcode',
};

/**
 * Default X-dimensions when neither moduleWidth nor width is given: 3 and 4 dots of a 203 dpi
 * thermal printer, so bars land on whole dots; 0.5 mm also meets the GS1 logistics-label minimum
 * of 0.495 mm.
 */
const DEFAULT_LINEAR_MODULE: Record<'code128' | 'gs1-128', number> = { code128: mm(0.375), 'gs1-128': mm(0.5) };
const CAPTION_GAP = 2;
const DEFAULT_FONT_SIZE = 8;

type LinearPattern = { sbs: number[] };
type MatrixPattern = { pixs: number[]; pixx: number; pixy: number };

/**
 * Draws a barcode as filled vector rectangles (sharp at any printer resolution), encoded by
 * bwip-js, which also inserts the FNC1 characters GS1 symbols need. The caller keeps the quiet
 * zone clear. Leaves the Sans font selected when a caption is printed.
 * Throws bwip-js's error for text the symbology cannot carry, including GS1 element strings that
 * fail its checks (missing brackets, unknown AI, bad check digit), so a wrong SSCC never prints.
 */
export function drawBarcode(doc: PDFKit.PDFDocument, options: BarcodeOptions): DrawnBarcode {
  const [pattern] = raw({ bcid: BWIPP_ENCODER[options.symbology], text: options.text });
  const symbol = 'sbs' in pattern ? drawLinear(doc, pattern, options) : drawMatrix(doc, pattern, options);
  if (!options.humanReadable) return symbol;
  const fontSize = options.fontSize ?? DEFAULT_FONT_SIZE;
  const captionTop = options.y + symbol.height + CAPTION_GAP;
  drawCenteredLine(doc, options.text, options.x + symbol.width / 2, captionTop, fontSize);
  return { ...symbol, height: symbol.height + CAPTION_GAP + doc.currentLineHeight() };
}

/** bwip-js gives bar/space widths in modules, alternating and starting with a bar. */
function drawLinear(doc: PDFKit.PDFDocument, { sbs }: LinearPattern, options: BarcodeOptions): DrawnBarcode {
  const modules = sbs.reduce((sum, width) => sum + width, 0);
  const linear = options.symbology === 'gs1-128' ? 'gs1-128' : 'code128';
  const moduleWidth = options.moduleWidth ?? (options.width ? options.width / modules : DEFAULT_LINEAR_MODULE[linear]);
  doc.save();
  let x = options.x;
  sbs.forEach((width, index) => {
    if (index % 2 === 0) doc.rect(x, options.y, width * moduleWidth, options.height);
    x += width * moduleWidth;
  });
  doc.fill('black').restore();
  return { width: modules * moduleWidth, height: options.height, moduleWidth };
}

/** bwip-js gives the modules row by row from the top, 1 = dark; each dark run becomes one rectangle. */
function drawMatrix(doc: PDFKit.PDFDocument, { pixs, pixx, pixy }: MatrixPattern, options: BarcodeOptions): DrawnBarcode {
  const fitted = Math.min(options.height / pixy, (options.width ?? Infinity) / pixx);
  const moduleWidth = options.moduleWidth ?? fitted;
  doc.save();
  for (let row = 0; row < pixy; row++) {
    for (let column = 0; column < pixx; column++) {
      if (!pixs[row * pixx + column]) continue;
      const runStart = column;
      while (column + 1 < pixx && pixs[row * pixx + column + 1]) column++;
      const runLength = column - runStart + 1;
      doc.rect(options.x + runStart * moduleWidth, options.y + row * moduleWidth, runLength * moduleWidth, moduleWidth);
    }
  }
  doc.fill('black').restore();
  return { width: pixx * moduleWidth, height: pixy * moduleWidth, moduleWidth };
}

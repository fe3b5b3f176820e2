/// <reference types="pdfkit" />
import { raw } from 'bwip-js';
import { Gs1Element, toHumanReadable } from '../../../common/codes';
import { drawBarcode, FONT, fontFor, mm } from '../../../common/rendering';
import { ZplLabel } from '../zpl';
import { Cell } from './label-batch';

/** A carton or pallet: its SSCC and what the label says about its content and destination. */
export interface LogisticsUnit {
  sscc: string;
  /** GTIN-14 of the trade items inside, when they are all the same: AI (02). */
  gtin: string | null;
  /** How many of them: AI (37), only with (02). */
  count: number | null;
  /** Customer purchase order: AI (400). */
  purchaseOrder: string | null;
  /** Ship-to postcode: AI (420). */
  shipToPostcode: string | null;
  shipFrom: string[];
  shipTo: string[];
}

/** GS1 logistics labels need an X-dimension of at least 0.495 mm; 0.5 mm is 4 dots at 203 dpi. */
const MODULE_MM = 0.5;
const PAD_MM = 4;
const BAR_HEIGHT_MM = 13;
/** Bars, caption and 5 mm of white, so no two symbols read as one. */
const SYMBOL_BLOCK_MM = 22;
const FIELDS_TOP_MM = 29;
const FIELD_PITCH_MM = 4.6;

/** The content and destination elements, fixed-length first so fewer FNC1 are needed. */
export function contentElements(unit: LogisticsUnit): Gs1Element[] {
  return [
    ...(unit.gtin ? [{ ai: '02', value: unit.gtin }] : []),
    ...(unit.gtin && unit.count ? [{ ai: '37', value: String(unit.count) }] : []),
    ...(unit.purchaseOrder ? [{ ai: '400', value: unit.purchaseOrder }] : []),
    ...(unit.shipToPostcode ? [{ ai: '420', value: unit.shipToPostcode }] : []),
  ];
}

const modulesOf = (elements: Gs1Element[]): number => {
  const [pattern] = raw({ bcid: 'gs1-128', text: toHumanReadable(elements) });
  return 'sbs' in pattern ? pattern.sbs.reduce((sum, w) => sum + w, 0) : 0;
};

/**
 * Groups elements into as few GS1-128 symbols as fit the label's width at 0.5 mm, in order,
 * with the SSCC always last: on a logistics label its symbol is the lowest.
 */
export function symbolsFor(unit: LogisticsUnit, widthMm: number): Gs1Element[][] {
  const maxModules = Math.floor(widthMm / MODULE_MM);
  const groups: Gs1Element[][] = [];
  for (const element of contentElements(unit)) {
    const last = groups.at(-1);
    if (last && modulesOf([...last, element]) <= maxModules) last.push(element);
    else groups.push([element]);
  }
  return [...groups, [{ ai: '00', value: unit.sscc }]];
}

const readable = (unit: LogisticsUnit): [string, string][] => [
  ['SSCC', unit.sscc],
  ...(unit.gtin ? [['CONTENT', unit.gtin] as [string, string]] : []),
  ...(unit.count ? [['COUNT', String(unit.count)] as [string, string]] : []),
  ...(unit.purchaseOrder ? [['PO', unit.purchaseOrder] as [string, string]] : []),
  ...(unit.shipToPostcode ? [['SHIP TO POST CODE', unit.shipToPostcode] as [string, string]] : []),
];

export function drawLogisticsLabel(doc: PDFKit.PDFDocument, unit: LogisticsUnit, cell: Cell): void {
  const pad = mm(PAD_MM);
  const half = (cell.width - 2 * pad) / 2;
  const block = (title: string, lines: string[], x: number) => {
    doc.font(FONT.sansBold).fontSize(6).fillColor('#555555').text(title, x, cell.y + pad, { width: half - mm(2) });
    doc.fillColor('black');
    for (const line of lines) doc.font(fontFor(line)).fontSize(8).text(line, x, doc.y, { width: half - mm(2), lineBreak: false, ellipsis: true, height: 11 });
  };
  block('FROM', unit.shipFrom, cell.x + pad);
  block('TO', unit.shipTo, cell.x + pad + half);
  let y = cell.y + mm(FIELDS_TOP_MM);
  for (const [label, value] of readable(unit)) {
    doc.font(FONT.sans).fontSize(7).text(label, cell.x + pad, y, { lineBreak: false });
    doc.font(FONT.sansBold).fontSize(10).text(value, cell.x + pad + mm(32), y - 2, { lineBreak: false });
    y += mm(FIELD_PITCH_MM);
  }
  const symbols = symbolsFor(unit, (cell.width - 2 * pad) / mm(1) - 10);
  symbols.forEach((elements, index) => {
    const top = cell.y + cell.height - pad - (symbols.length - index) * mm(SYMBOL_BLOCK_MM);
    drawBarcode(doc, { symbology: 'gs1-128', text: toHumanReadable(elements), x: cell.x + pad + mm(5), y: top, height: mm(BAR_HEIGHT_MM), moduleWidth: mm(MODULE_MM), humanReadable: true, fontSize: 9 });
  });
}

export function drawLogisticsLabelZpl(zpl: ZplLabel, unit: LogisticsUnit): void {
  const widthMm = 101.6;
  const half = (widthMm - 2 * PAD_MM) / 2;
  zpl.text(PAD_MM, PAD_MM, 2.2, 'FROM').text(PAD_MM + half, PAD_MM, 2.2, 'TO');
  unit.shipFrom.forEach((line, i) => zpl.text(PAD_MM, PAD_MM + 3.5 + i * 3.6, 3, line, { widthMm: half - 2 }));
  unit.shipTo.forEach((line, i) => zpl.text(PAD_MM + half, PAD_MM + 3.5 + i * 3.6, 3, line, { widthMm: half - 2 }));
  zpl.box(0, FIELDS_TOP_MM - 2, widthMm, 0.4, 0.4);
  readable(unit).forEach(([label, value], i) => zpl.text(PAD_MM, FIELDS_TOP_MM + i * FIELD_PITCH_MM, 2.5, label).text(PAD_MM + 32, FIELDS_TOP_MM - 0.5 + i * FIELD_PITCH_MM, 3.6, value));
  const symbols = symbolsFor(unit, widthMm - 2 * PAD_MM - 10);
  symbols.forEach((elements, index) => {
    const top = 152.4 - PAD_MM - (symbols.length - index) * SYMBOL_BLOCK_MM;
    zpl.gs1_128(PAD_MM + 5, top, BAR_HEIGHT_MM, MODULE_MM, elements);
    zpl.text(PAD_MM, top + BAR_HEIGHT_MM + 1, 3, toHumanReadable(elements), { widthMm: widthMm - 2 * PAD_MM, align: 'C' });
  });
}

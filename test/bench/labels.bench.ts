/**
 * `npm run bench:labels`: 4×6 parcel labels per second on one core, through the project's renderer
 * (src/shipping/labels) and, in the same run, the same label drawn with bare pdfkit + bwip-js (the
 * limit), plus ZPL labels per second. Not part of `npm test`. Settings: BENCH_LABELS (PDF labels
 * per run, default 2000), BENCH_ZPL_LABELS (default 20000).
 */
import PDFDocument from 'pdfkit';
import { raw } from 'bwip-js';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { mm } from '../../src/common/rendering';
import { ParcelLabelModel } from '../../src/shipping/labels/parcel-label.model';
import { renderParcelLabelPdf } from '../../src/shipping/labels/parcel-label.pdf';
import { renderParcelLabelZpl } from '../../src/shipping/labels/parcel-label.zpl';
import { buildS10 } from '../../src/common/codes';
import { fixed, table, verdict } from './support/report';

const PDF_LABELS = Number(process.env.BENCH_LABELS ?? 2000);
const ZPL_LABELS = Number(process.env.BENCH_ZPL_LABELS ?? 20000);
const WARM_UP = 50;
const TARGET = { pdfPerSecond: 200, ratio: 0.8, zplPerSecond: 10_000 };

/** A realistic label; each one gets its own S10 number so no work is cached between labels. */
function labelFor(serial: number): ParcelLabelModel {
  const trackingNumber = buildS10('CP', serial, 'GB');
  return {
    carrierName: 'National Post', serviceName: 'International Parcel', senderLines: ['WMS RETAIL', '1 DOCK ROAD', 'LONDON E16 1AA GB'],
    weightText: '1.55 KG', pieceText: '1 OF 1', recipientName: 'MARIE CURIE', recipientLines: ['25 RUE DE RIVOLI', '75001 PARIS', 'FRANCE'],
    routingCode: 'FR-750', sortData: `${trackingNumber}|FR|75001`, trackingNumber, orderReference: `SO-${100_000 + serial}`, incoterm: 'DAP',
  };
}

const fontFile = (name: string) => join(dirname(require.resolve('@embedpdf/fonts-latin')), '..', 'fonts', name);
/** The limit parses each font once too (pdfkit takes a parsed fontkit font), as the project's renderer does. */
const fontkit = createRequire(require.resolve('pdfkit'))('fontkit') as { create(data: Uint8Array): unknown };
const SANS = fontkit.create(readFileSync(fontFile('NotoSans-Regular.ttf'))) as Buffer;
const SANS_BOLD = fontkit.create(readFileSync(fontFile('NotoSans-Bold.ttf'))) as Buffer;
/** Never selected by name; see createLabelPdf for why the default font is not Sans. */
const PLACEHOLDER = fontkit.create(readFileSync(fontFile('NotoSans-Light.ttf'))) as string;

/** The limit: the same fields at the same places, straight on pdfkit and bwip-js, nothing else. */
function bareLabel(label: ParcelLabelModel): Promise<Buffer> {
  const doc = new PDFDocument({ size: [mm(101.6), mm(152.4)], margin: 0, font: PLACEHOLDER, compress: false });
  doc.registerFont('Sans', SANS).registerFont('Sans-Bold', SANS_BOLD);
  const text = (value: string, x: number, y: number, size: number, width: number, bold = false) =>
    doc.font(bold ? 'Sans-Bold' : 'Sans').fontSize(mm(size)).text(value, mm(x), mm(y), { width: mm(width), lineBreak: false });
  const rule = (y: number) => doc.rect(0, mm(y), mm(101.6), mm(0.4)).fill('black');
  label.senderLines.forEach((line, i) => text(line, 3, 3 + i * 3.4, 2.6, 66));
  text(label.weightText, 69, 3, 3.6, 29.6, true);
  text(label.pieceText, 69, 8, 3.6, 29.6, true);
  rule(16);
  text('SHIP TO', 3, 17.5, 2.2, 95.6);
  text(label.recipientName, 7, 21, 5.6, 91.6, true);
  label.recipientLines.forEach((line, i) => text(line, 7, 28.5 + i * 6, 4.6, 91.6, true));
  rule(62);
  text(label.serviceName.toUpperCase(), 3, 64.5, 4.4, 73.6, true);
  text(label.carrierName, 3, 71, 2.6, 73.6);
  text(`ROUTE ${label.routingCode}`, 3, 77.5, 5, 73.6, true);
  const [matrix] = raw({ bcid: 'datamatrix', text: label.sortData });
  if ('pixs' in matrix) {
    const module = mm(20) / matrix.pixy;
    for (let row = 0; row < matrix.pixy; row++) {
      for (let col = 0; col < matrix.pixx; col++) if (matrix.pixs[row * matrix.pixx + col]) doc.rect(mm(78.6) + col * module, mm(65.5) + row * module, module, module);
    }
    doc.fill('black');
  }
  rule(90);
  text('TRACKING #', 3, 91.5, 2.2, 95.6);
  const [bars] = raw({ bcid: 'code128', text: label.trackingNumber });
  if ('sbs' in bars) {
    let x = mm(9);
    bars.sbs.forEach((w, i) => {
      if (i % 2 === 0) doc.rect(x, mm(95.5), w * mm(0.375), mm(24));
      x += w * mm(0.375);
    });
    doc.fill('black');
  }
  doc.font('Sans').fontSize(11).text(label.trackingNumber, mm(30), mm(120.5), { lineBreak: false });
  rule(130);
  text(`REF ${label.orderReference}`, 3, 133.5, 3, 71.6);
  text(`${label.carrierName} · ${label.serviceName}`, 3, 138.5, 3, 71.6);
  doc.rect(mm(76.6), mm(132.5), mm(22), mm(11)).fill('black');
  doc.fillColor('white').font('Sans-Bold').fontSize(mm(5.2)).text(label.incoterm ?? '', mm(76.6), mm(134.7), { width: mm(22), align: 'center', lineBreak: false });
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.end();
  });
}

interface Timing {
  /** Wall-clock seconds. */
  seconds: number;
  /** CPU seconds of this process: what one core spent, whatever else runs on the machine. */
  cpuSeconds: number;
}

async function timed(count: number, render: (label: ParcelLabelModel) => Promise<unknown> | unknown): Promise<Timing> {
  for (let i = 0; i < WARM_UP; i++) await render(labelFor(i));
  const started = process.hrtime.bigint();
  const cpu = process.cpuUsage();
  for (let i = 0; i < count; i++) await render(labelFor(WARM_UP + i));
  const used = process.cpuUsage(cpu);
  return { seconds: Number(process.hrtime.bigint() - started) / 1e9, cpuSeconds: (used.user + used.system) / 1e6 };
}

const add = (a: Timing, b: Timing): Timing => ({ seconds: a.seconds + b.seconds, cpuSeconds: a.cpuSeconds + b.cpuSeconds });

async function main(): Promise<void> {
  console.log(`bench:labels — ${new Date().toISOString()}`);
  console.log(`machine: ${cpus()[0]?.model.trim() ?? 'unknown CPU'}, Node ${process.version}; one process, one core, labels rendered one after another`);
  // Interleaved rounds, so neither side profits from a quieter moment of the machine.
  let project: Timing = { seconds: 0, cpuSeconds: 0 };
  let bare: Timing = { seconds: 0, cpuSeconds: 0 };
  for (let round = 0; round < 4; round++) {
    project = add(project, await timed(PDF_LABELS / 4, renderParcelLabelPdf));
    bare = add(bare, await timed(PDF_LABELS / 4, bareLabel));
  }
  const zpl = await timed(ZPL_LABELS, (label) => renderParcelLabelZpl(label, 203));
  const sample = await renderParcelLabelPdf(labelFor(1));
  const row = (name: string, count: number, t: Timing, digits = 2) => [
    name, count, fixed(t.seconds, 2), fixed(count / t.seconds), fixed(t.cpuSeconds, 2), fixed(count / t.cpuSeconds), fixed((1000 * t.cpuSeconds) / count, digits + 1),
  ];
  const perCore = { project: PDF_LABELS / project.cpuSeconds, bare: PDF_LABELS / bare.cpuSeconds, zpl: ZPL_LABELS / zpl.cpuSeconds };
  const ratio = perCore.project / perCore.bare;
  const wallRatio = bare.seconds / project.seconds;

  console.log('');
  console.log(table(['renderer', 'labels', 'wall s', 'labels/s wall', 'CPU s', 'labels/s per core', 'CPU ms/label'], [
    row('project PDF (src/shipping)', PDF_LABELS, project),
    row('bare pdfkit + bwip-js', PDF_LABELS, bare),
    row('project ZPL 203 dpi', ZPL_LABELS, zpl, 3),
  ]));
  console.log(`\nPDF label size: ${sample.length} bytes; ratio project / bare: ${fixed(ratio, 2)} by CPU time, ${fixed(wallRatio, 2)} by wall clock`);
  console.log('labels/s per core = labels / CPU seconds of this process: the figure that holds on a machine shared with other work.\n');
  console.log(verdict('PDF labels/s (one core)', fixed(perCore.project), `≥ ${TARGET.pdfPerSecond}`, perCore.project >= TARGET.pdfPerSecond));
  console.log(verdict('ratio to bare pdfkit + bwip-js', fixed(ratio, 2), `≥ ${TARGET.ratio}`, ratio >= TARGET.ratio));
  console.log(verdict('ZPL labels/s (one core)', fixed(perCore.zpl), `≥ ${TARGET.zplPerSecond}`, perCore.zpl >= TARGET.zplPerSecond));
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});

import { ParcelLabelModel } from './parcel-label.model';
import {
  CONTENT_WIDTH_MM, LABEL_HEIGHT_MM, LABEL_WIDTH_MM, MARGIN_MM, RULE_MM, SENDER_WIDTH_MM, TERMS_BOX_WIDTH_MM, TRACKING_BAR_HEIGHT_MM,
  TRACKING_MODULE_MM, TWO_D_SIZE_MM, TYPE, ZONES,
} from './parcel-label.layout';
import { PrinterDpi, ZplLabel } from './zpl';

/** DataMatrix module of 0.75 mm: 6 dots at 203 dpi, 9 at 300. */
const TWO_D_MODULE_MM = 0.75;

/** The same label as parcel-label.pdf.ts, as ZPL II for a 203 or 300 dpi thermal printer. */
export function renderParcelLabelZpl(label: ParcelLabelModel, dpi: PrinterDpi): string {
  const zpl = new ZplLabel(dpi, LABEL_WIDTH_MM, LABEL_HEIGHT_MM);
  const x = MARGIN_MM;
  const { sender, recipient, service, tracking, references } = ZONES;
  const rule = (yMm: number) => zpl.box(0, yMm, LABEL_WIDTH_MM, RULE_MM, RULE_MM);

  label.senderLines.forEach((text, i) => zpl.text(x, sender.top + i * 3.4, TYPE.sender, text, { widthMm: SENDER_WIDTH_MM }));
  const right = { widthMm: CONTENT_WIDTH_MM - SENDER_WIDTH_MM, align: 'R' as const };
  zpl.text(x + SENDER_WIDTH_MM, sender.top, TYPE.weight, label.weightText, right);
  zpl.text(x + SENDER_WIDTH_MM, sender.top + 5, TYPE.weight, label.pieceText, right);
  rule(sender.bottom);

  zpl.text(x, recipient.top, TYPE.caption, 'SHIP TO');
  const recipientBlock = { widthMm: CONTENT_WIDTH_MM - 4 };
  zpl.text(x + 4, recipient.top + 3.5, TYPE.recipientName, label.recipientName, recipientBlock);
  label.recipientLines.forEach((text, i) => zpl.text(x + 4, recipient.top + 11 + i * 6, TYPE.recipient, text, recipientBlock));
  rule(recipient.bottom);

  const serviceBlock = { widthMm: CONTENT_WIDTH_MM - TWO_D_SIZE_MM - 2 };
  zpl.text(x, service.top + 1, TYPE.service, label.serviceName.toUpperCase(), serviceBlock);
  zpl.text(x, service.top + 7.5, TYPE.sender, label.carrierName, serviceBlock);
  zpl.text(x, service.top + 14, TYPE.routing, `ROUTE ${label.routingCode}`, serviceBlock);
  zpl.dataMatrix(LABEL_WIDTH_MM - MARGIN_MM - TWO_D_SIZE_MM, service.top + 2, TWO_D_MODULE_MM, label.sortData);
  rule(service.bottom);

  zpl.text(x, tracking.top, TYPE.caption, 'TRACKING #');
  zpl.code128(x + 6, tracking.top + 4, TRACKING_BAR_HEIGHT_MM, TRACKING_MODULE_MM, label.trackingNumber);
  rule(tracking.bottom);

  const referenceBlock = { widthMm: CONTENT_WIDTH_MM - TERMS_BOX_WIDTH_MM - 2 };
  zpl.text(x, references.top + 2, TYPE.reference, `REF ${label.orderReference}`, referenceBlock);
  zpl.text(x, references.top + 7, TYPE.reference, `${label.carrierName} · ${label.serviceName}`, referenceBlock);
  if (label.incoterm) {
    const left = LABEL_WIDTH_MM - MARGIN_MM - TERMS_BOX_WIDTH_MM;
    zpl.box(left, references.top + 1, TERMS_BOX_WIDTH_MM, 11, 11);
    // ^FR prints the text reversed (white) over the black box.
    zpl.text(left, references.top + 3.2, TYPE.terms, label.incoterm, { widthMm: TERMS_BOX_WIDTH_MM, align: 'C', reverse: true });
  }
  return zpl.toString();
}

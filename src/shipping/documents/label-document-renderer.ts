import { Injectable } from '@nestjs/common';
import { Environment } from '../../config/environment';
import { CustomsDeclarationService } from '../customs/customs-declaration.service';
import { ShipmentLabel } from '../entities/shipment-label.entity';
import { DocumentKind } from '../entities/shipping-document.entity';
import { renderParcelLabelPdf } from '../labels/parcel-label.pdf';
import { renderParcelLabelZpl } from '../labels/parcel-label.zpl';
import { PrinterDpi } from '../labels/zpl';
import { renderCn22Pdf } from './cn22.pdf';
import { renderCn23Pdf } from './cn23.pdf';
import { renderCommercialInvoicePdf } from './commercial-invoice.pdf';
import { buildCustomsDocument, CustomsDocumentModel } from './customs-document.model';

export type LabelDocumentKind = Exclude<DocumentKind, 'manifest_pdf'>;

export interface RenderedFile {
  fileName: string;
  contentType: string;
  content: Buffer;
}

export const PDF = 'application/pdf';
/** What Zebra's own tools serve ZPL as; browsers download it instead of showing it. */
export const ZPL = 'application/vnd.zebra-zpl';

const CUSTOMS_RENDERERS: Record<'cn22' | 'cn23' | 'commercial_invoice', (model: CustomsDocumentModel) => Promise<Buffer>> = {
  cn22: renderCn22Pdf,
  cn23: renderCn23Pdf,
  commercial_invoice: renderCommercialInvoicePdf,
};

const CUSTOMS_FILE_PREFIX = { cn22: 'CN22', cn23: 'CN23', commercial_invoice: 'invoice' } as const;

/** Renders the documents of a label from what was stored when it was created. */
@Injectable()
export class LabelDocumentRenderer {
  constructor(
    private readonly customs: CustomsDeclarationService,
    private readonly env: Environment,
  ) {}

  async render(label: ShipmentLabel, kind: LabelDocumentKind): Promise<RenderedFile> {
    if (kind === 'label_pdf') return { fileName: `label-${label.trackingNumber}.pdf`, contentType: PDF, content: await renderParcelLabelPdf(label.content) };
    if (kind === 'label_zpl') return this.zpl(label, 203);
    const declaration = await this.customs.getForLabel(label.id, label.parcelId);
    const content = await CUSTOMS_RENDERERS[kind](buildCustomsDocument(declaration, label, this.env));
    return { fileName: `${CUSTOMS_FILE_PREFIX[kind]}-${label.trackingNumber}.pdf`, contentType: PDF, content };
  }

  /** ZPL is a pure function of the stored label content, so any resolution can be made on request. */
  zpl(label: ShipmentLabel, dpi: PrinterDpi): RenderedFile {
    return { fileName: `label-${label.trackingNumber}-${dpi}dpi.zpl`, contentType: ZPL, content: Buffer.from(renderParcelLabelZpl(label.content, dpi), 'utf8') };
  }
}

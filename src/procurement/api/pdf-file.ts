import { StreamableFile } from '@nestjs/common';
import { PurchaseOrderDocument } from '../entities/purchase-order-document.entity';

/** OpenAPI content of a PDF download (only the 200 response; problems stay problem+json). */
export const PDF_CONTENT = { 'application/pdf': { schema: { type: 'string', format: 'binary' } } };

/** The stored PDF as a download. */
export function pdfFile(document: PurchaseOrderDocument): StreamableFile {
  return new StreamableFile(document.pdf, {
    type: 'application/pdf',
    disposition: `attachment; filename="${document.fileName}"`,
    length: document.pdf.length,
  });
}

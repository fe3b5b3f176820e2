import { StreamableFile } from '@nestjs/common';

/** A rendered PDF as a download. */
export function pdfFile({ fileName, pdf }: { fileName: string; pdf: Buffer }): StreamableFile {
  return new StreamableFile(pdf, { type: 'application/pdf', disposition: `attachment; filename="${fileName}"`, length: pdf.length });
}

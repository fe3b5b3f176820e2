import pdfParse from 'pdf-parse';

/** The part of a pdf.js page proxy that text extraction needs. */
interface PdfJsPage {
  getTextContent(): Promise<{ items: { str: string; transform: number[] }[] }>;
}

/**
 * Text of each page, in order. Pieces on one baseline (table cells, say) are joined by a space,
 * lines by a newline.
 */
export async function pdfPageTexts(buffer: Buffer): Promise<string[]> {
  const pages: string[] = [];
  // pdf-parse renders the pages one after another, so pushing keeps their order.
  const collectPage = async (page: PdfJsPage): Promise<string> => {
    const { items } = await page.getTextContent();
    let text = '';
    let lastBaseline: number | undefined;
    for (const { str, transform } of items) {
      const baseline = transform[5];
      if (lastBaseline !== undefined) text += baseline === lastBaseline ? ' ' : '\n';
      text += str;
      lastBaseline = baseline;
    }
    pages.push(text);
    return text;
  };
  await pdfParse(buffer, { pagerender: collectPage });
  return pages;
}

/** All the text of the document, pages separated by a blank line. */
export async function pdfText(buffer: Buffer): Promise<string> {
  return (await pdfPageTexts(buffer)).join('\n\n');
}

export async function pdfPageCount(buffer: Buffer): Promise<number> {
  return (await pdfParse(buffer, { max: 1 })).numpages;
}

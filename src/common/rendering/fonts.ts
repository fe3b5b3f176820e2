/// <reference types="pdfkit" />
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Names under which createPdf registers the fonts on every document.
 *
 * Latin text uses Noto Sans (TTF) instead of pdfkit's built-in Helvetica: the standard 14 fonts
 * only cover WinAnsi, so letters found in European addresses ("ł", "ő", Cyrillic) would print
 * wrongly, while Noto Sans covers Latin Extended, Greek and Cyrillic and matches the CJK design.
 * Chinese uses Noto Sans S Chinese (OTF, the whole CJK Unified Ideographs block plus kana, CJK
 * punctuation, Latin and digits), so a mixed string such as "男士圆领T恤 M" needs only one font.
 * Both come from npm packages, so nothing is fetched at run time, and pdfkit embeds only the
 * glyphs a document uses.
 */
export const FONT = {
  sans: 'Sans',
  sansBold: 'Sans-Bold',
  cjk: 'CJK',
  cjkBold: 'CJK-Bold',
} as const;

export type FontName = (typeof FONT)[keyof typeof FONT];

/** Han, kana, CJK punctuation and full-width forms: what the CJK font has and Noto Sans lacks. */
const CJK_TEXT = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303f\uff00-\uffef]/u;

/**
 * CJK when `text` contains any CJK character, else Sans. The CJK font has Latin-1 but not every
 * Latin Extended letter ("ł", "ő"), so keep such names out of strings that also hold Chinese.
 */
export function fontFor(text: string, weight: 'regular' | 'bold' = 'regular'): FontName {
  const cjk = CJK_TEXT.test(text);
  if (weight === 'bold') return cjk ? FONT.cjkBold : FONT.sansBold;
  return cjk ? FONT.cjk : FONT.sans;
}

/** The font packages keep their files in fonts/ beside dist/, which their `exports` map hides. */
function packageFontsDir(packageName: string): string {
  return join(dirname(require.resolve(packageName)), '..', 'fonts');
}

const FONT_FILES: Record<FontName, () => string> = {
  [FONT.sans]: () => join(packageFontsDir('@embedpdf/fonts-latin'), 'NotoSans-Regular.ttf'),
  [FONT.sansBold]: () => join(packageFontsDir('@embedpdf/fonts-latin'), 'NotoSans-Bold.ttf'),
  [FONT.cjk]: () => join(packageFontsDir('@embedpdf/fonts-sc'), 'NotoSansHans-Regular.otf'),
  [FONT.cjkBold]: () => join(packageFontsDir('@embedpdf/fonts-sc'), 'NotoSansHans-Bold.otf'),
};

/** Read once per process: the CJK files are ~8 MB each and every document registers them. */
const fontBytes = new Map<FontName, Buffer>();

function loadFont(name: FontName): Buffer {
  let bytes = fontBytes.get(name);
  if (!bytes) {
    bytes = readFileSync(FONT_FILES[name]());
    fontBytes.set(name, bytes);
  }
  return bytes;
}

/** Registers every FONT name on `doc`; pdfkit parses a font only when it is first selected. */
export function registerFonts(doc: PDFKit.PDFDocument): void {
  for (const name of Object.values(FONT)) {
    doc.registerFont(name, loadFont(name));
  }
}

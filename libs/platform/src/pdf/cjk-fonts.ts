import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * The typeface of the PDFs the platform prints (certificates, case files): Noto Serif SC (思源宋体, SIL
 * Open Font License 1.1), a Song-style serif with the full Simplified Chinese repertoire, as the npm
 * package @expo-google-fonts/noto-serif-sc ships it (static TrueType files, one per weight). The files
 * are resolved from node_modules at run time, never copied into the repository; pdfkit embeds only the
 * glyphs a document uses (a subset of a few KB).
 */
export const CJK_FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export type CjkFontWeight = keyof typeof CJK_FONT_FILES;

const loaded = new Map<CjkFontWeight, fontkit.Font>();

/** Absolute path of a font file, resolved from node_modules. */
export function cjkFontPath(weight: CjkFontWeight): string {
  return require.resolve(CJK_FONT_FILES[weight]);
}

/**
 * The parsed font of a weight, read once per process (the files are ~15 MB each; fontkit reads tables
 * lazily) and shared by every document rendered after.
 */
export function cjkFont(weight: CjkFontWeight): fontkit.Font {
  let font = loaded.get(weight);
  if (!font) {
    const parsed = fontkit.create(readFileSync(cjkFontPath(weight)));
    if (!('hasGlyphForCodePoint' in parsed)) {
      throw new Error(`${CJK_FONT_FILES[weight]} is a font collection, expected a single font`);
    }
    font = parsed;
    loaded.set(weight, font);
  }
  return font;
}

/** The characters of `text` (whitespace aside) that the font has no glyph for, each once, in order. */
export function missingGlyphs(weight: CjkFontWeight, text: string): string[] {
  const font = cjkFont(weight);
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) missing.add(char);
  }
  return [...missing];
}

/** Registers both weights on a pdfkit document under the names 'regular' and 'bold'. */
export function registerCjkFonts(doc: PDFKit.PDFDocument): void {
  // pdfkit ≥ 0.20 takes an already parsed fontkit font (its typings predate that), so the 15 MB file is
  // parsed once per process rather than once per document.
  for (const weight of Object.keys(CJK_FONT_FILES) as CjkFontWeight[]) {
    doc.registerFont(weight, cjkFont(weight) as unknown as PDFKit.Mixins.PDFFontSource);
  }
}

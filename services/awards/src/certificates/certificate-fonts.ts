import { readFileSync } from 'node:fs';
import * as fontkit from 'fontkit';

/**
 * The typeface of certificates: Noto Serif SC (思源宋体, SIL Open Font License 1.1), a Song-style serif
 * with the full Simplified Chinese repertoire, as the npm package @expo-google-fonts/noto-serif-sc ships
 * it (static TrueType files, one per weight). The files are resolved from node_modules at run time, never
 * copied into the repository; pdfkit embeds only the glyphs a certificate uses (a subset of a few KB).
 */
export const CERTIFICATE_FONT_FILES = {
  regular: '@expo-google-fonts/noto-serif-sc/400Regular/NotoSerifSC_400Regular.ttf',
  bold: '@expo-google-fonts/noto-serif-sc/700Bold/NotoSerifSC_700Bold.ttf',
} as const;

export type CertificateFontWeight = keyof typeof CERTIFICATE_FONT_FILES;

const loaded = new Map<CertificateFontWeight, fontkit.Font>();

/** Absolute path of a certificate font file, resolved from node_modules. */
export function certificateFontPath(weight: CertificateFontWeight): string {
  return require.resolve(CERTIFICATE_FONT_FILES[weight]);
}

/**
 * The parsed font of a weight, read once per process (the files are ~15 MB each; fontkit reads tables
 * lazily) and shared by every certificate rendered after.
 */
export function certificateFont(weight: CertificateFontWeight): fontkit.Font {
  let font = loaded.get(weight);
  if (!font) {
    const parsed = fontkit.create(readFileSync(certificateFontPath(weight)));
    if (!('hasGlyphForCodePoint' in parsed)) {
      throw new Error(`${CERTIFICATE_FONT_FILES[weight]} is a font collection, expected a single font`);
    }
    font = parsed;
    loaded.set(weight, font);
  }
  return font;
}

/** The characters of `text` (whitespace aside) that the font has no glyph for, each once, in order. */
export function missingGlyphs(weight: CertificateFontWeight, text: string): string[] {
  const font = certificateFont(weight);
  const missing = new Set<string>();
  for (const char of text) {
    if (/\s/u.test(char)) continue;
    if (!font.hasGlyphForCodePoint(char.codePointAt(0) ?? 0)) missing.add(char);
  }
  return [...missing];
}

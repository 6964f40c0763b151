import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The text lines of a PDF, every page top to bottom, as pdf.js extracts them (see pdf-text-probe.mjs). */
export function pdfTextLines(pdf: Buffer): string[] {
  const dir = mkdtempSync(join(tmpdir(), 'lc-pdf-text-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return JSON.parse(execFileSync(process.execPath, [join(__dirname, '..', 'src', 'pdf-text-probe.mjs'), file], { encoding: 'utf8', maxBuffer: 16 * 1024 * 1024 })) as string[];
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

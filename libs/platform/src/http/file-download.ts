import { StreamableFile } from '@nestjs/common';

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Content-Disposition for a download with a Chinese file name: the RFC 5987 form for browsers that
 * read it, an ASCII name for those that do not.
 */
export function attachmentDisposition(fileName: string, asciiFallback: string): string {
  const encoded = encodeURIComponent(fileName).replace(/['()*!]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${asciiFallback}"; filename*=UTF-8''${encoded}`;
}

/** A file name without the characters file systems refuse. */
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\r\n\t]+/g, '_').trim();
}

/** An XLSX workbook as a download named in Chinese, with an ASCII fallback name. */
export function xlsxDownload(bytes: Buffer, fileName: string, asciiFallback: string): StreamableFile {
  return new StreamableFile(bytes, { type: XLSX_MIME, length: bytes.length, disposition: attachmentDisposition(safeFileName(fileName), asciiFallback) });
}

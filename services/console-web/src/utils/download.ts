import { inLocale } from '../locales/current';

/** Saves text the browser made (a template, an error report) as a file; BOM so that Excel reads UTF-8 Chinese. */
export function saveCsv(fileName: string, rows: (string | number | null | undefined)[][]): void {
  const escape = (v: string | number | null | undefined) => {
    const s = v === null || v === undefined ? '' : String(v);
    return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
  };
  const text = '\ufeff' + rows.map((r) => r.map(escape).join(',')).join('\r\n') + '\r\n';
  saveBlob(fileName, new Blob([text], { type: 'text/csv;charset=utf-8' }));
}

export function saveBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/** The file name a download's Content-Disposition gives (filename*=UTF-8'' first, for Chinese names). */
export function fileNameOf(disposition: string | null): string | undefined {
  const encoded = disposition?.match(/filename\*=UTF-8''([^;]+)/i)?.[1];
  if (encoded) return decodeURIComponent(encoded);
  return disposition?.match(/filename="?([^";]+)"?/i)?.[1];
}

/**
 * Downloads a file a service makes (XLSX, CSV) through the console's origin, with the session cookie;
 * named as the service names it unless a name is given.
 */
export async function downloadFrom(path: string, fileName?: string): Promise<string> {
  const response = await fetch(path, { credentials: 'same-origin' });
  if (!response.ok) throw new Error(inLocale({ zh: `下载失败（${response.status}）`, en: `Download failed (${response.status})` }));
  const name = fileName ?? fileNameOf(response.headers.get('content-disposition')) ?? path.split('/').pop() ?? 'download';
  saveBlob(name, await response.blob());
  return name;
}

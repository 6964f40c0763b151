import imageCompression from 'browser-image-compression';
import { ApiError, csrfToken, type ApiRefusal } from '../services/api';

/**
 * A photo as the console sends it: at most 1600 px on its longer side and about 600 KB, re-encoded as
 * JPEG in the browser. A 12-megapixel photo of several megabytes becomes a few hundred kilobytes, which
 * is what a slow connection on a shop floor can carry; the service removes the metadata anyway.
 */
export function compressPhoto(file: File): Promise<File> {
  // Not in a web worker: the library's worker would load its code from a CDN, which the console's
  // content security policy (and many a plant's network) does not allow.
  return imageCompression(file, { maxWidthOrHeight: 1600, maxSizeMB: 0.6, fileType: 'image/jpeg', initialQuality: 0.8, useWebWorker: false });
}

/** What could not be sent: a refusal to show, or a connection lost (send again). */
export class ConnectionLost extends Error {}

/**
 * Posts a multipart form with photos through the console, saying how much is uploaded. XMLHttpRequest,
 * not fetch: only it tells upload progress. Photos go in the field "photos", as the services take them.
 */
export function sendWithPhotos<T>(
  url: string,
  fields: Record<string, string | number | boolean | undefined>,
  photos: File[],
  onProgress: (percent: number) => void,
  headers: Record<string, string> = {},
): Promise<T> {
  const form = new FormData();
  for (const [key, value] of Object.entries(fields)) if (value !== undefined) form.append(key, String(value));
  photos.forEach((photo, i) => form.append('photos', photo, `photo-${i + 1}.jpg`));
  return new Promise<T>((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', url);
    xhr.withCredentials = true;
    for (const [name, value] of Object.entries(headers)) xhr.setRequestHeader(name, value);
    const csrf = csrfToken();
    if (csrf) xhr.setRequestHeader('X-CSRF-Token', decodeURIComponent(csrf));
    xhr.upload.onprogress = (e) => e.lengthComputable && onProgress(Math.round((e.loaded / e.total) * 100));
    xhr.onerror = () => reject(new ConnectionLost('connection lost'));
    xhr.ontimeout = () => reject(new ConnectionLost('timed out'));
    xhr.timeout = 120_000;
    xhr.onload = () => {
      let body: unknown = null;
      try {
        body = JSON.parse(xhr.responseText);
      } catch {
        // Not JSON: a proxy's page; the status says enough.
      }
      if (xhr.status >= 200 && xhr.status < 300) resolve(body as T);
      else if (xhr.status >= 502 || xhr.status === 0) reject(new ConnectionLost(`status ${xhr.status}`));
      else reject(new ApiError(xhr.status, (body ?? { statusCode: xhr.status, message: xhr.statusText }) as ApiRefusal));
    };
    xhr.send(form);
  });
}

import { sendWithPhotos } from '../../components/photo-upload';

export { compressPhoto, ConnectionLost } from '../../components/photo-upload';

export interface ReportFields {
  enterpriseUnitId: string;
  location: string;
  category: 'accident' | 'occupational';
  description: string;
  anonymous: boolean;
  latitude?: number;
  longitude?: number;
}

/**
 * Sends a report with its photos, saying how much is uploaded. `idempotencyKey` is the submission's
 * own: the same report sent again after a lost answer carries the same key, and the service answers the
 * first report instead of recording a second.
 */
export function submitReport<T>(fields: ReportFields, photos: File[], idempotencyKey: string, onProgress: (percent: number) => void): Promise<T> {
  return sendWithPhotos<T>('/api/hazard-reward/hazard-reports', { ...fields }, photos, onProgress, { 'Idempotency-Key': idempotencyKey });
}

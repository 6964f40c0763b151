import { CallHandler, ExecutionContext, Inject, Injectable, NestInterceptor } from '@nestjs/common';
import type { Request, RequestHandler, Response } from 'express';
import multer, { MulterError } from 'multer';
import type { Observable } from 'rxjs';
import { DomainError, SERVICE_CONFIG } from '@lc/platform';
import type { HazardRewardConfig } from '../../../config/hazard-reward-config';
import { describeBytes } from '../../../photos/photo-limits';
import { MAX_PHOTOS } from './report-hazard.service';
import { PhotoTooLarge, ReportFormRefused } from '../../report.errors';

/** A report's text fields: 7 today; room for a few more, none for a flood of them. */
const MAX_FIELDS = 16;
/** The longest text field is the description, 2,000 characters: at most 8,000 bytes of UTF-8. */
const MAX_FIELD_BYTES = 16 * 1024;

/**
 * Keeps each photo in memory, up to `maxBytes`: the byte past it stops the photo at once and tells the
 * request's waiter, which answers 413 right away. (multer's own fileSize limit would first read the
 * rest of the body to its end, however large, before answering.)
 */
class CappedMemoryStorage implements multer.StorageEngine {
  constructor(
    private readonly maxBytes: number,
    private readonly tooLarge: WeakMap<object, () => void>,
  ) {}

  _handleFile(req: Request, file: Express.Multer.File, callback: (error?: unknown, info?: Partial<Express.Multer.File>) => void): void {
    const chunks: Buffer[] = [];
    let size = 0;
    let over = false;
    file.stream.on('data', (chunk: Buffer) => {
      if (over) return;
      size += chunk.length;
      if (size <= this.maxBytes) {
        chunks.push(chunk);
        return;
      }
      over = true;
      chunks.length = 0;
      this.tooLarge.get(req)?.();
      callback(new MulterError('LIMIT_FILE_SIZE', file.fieldname));
    });
    file.stream.on('end', () => {
      if (!over) callback(null, { buffer: Buffer.concat(chunks), size });
    });
    file.stream.on('error', (err) => {
      if (!over) callback(err);
    });
  }

  _removeFile(_req: Request, file: Express.Multer.File, callback: (error: Error | null) => void): void {
    Reflect.deleteProperty(file, 'buffer');
    callback(null);
  }
}

/**
 * Reads a multipart report with its limits enforced while the body streams in (busboy's, through
 * multer), instead of after it was all buffered: at most MAX_PHOTOS photos of at most PHOTO_MAX_BYTES
 * each, in the field "photos", and a few small text fields. The first photo over the size or the photo
 * past the count stops the upload there: the request is answered at once (413 or 400, naming the field
 * and the limit) and its connection closed, so at most MAX_PHOTOS × PHOTO_MAX_BYTES of one request is
 * ever held. A JSON report (without photos) passes untouched.
 */
@Injectable()
export class PhotoUploadInterceptor implements NestInterceptor {
  private readonly upload: RequestHandler;
  private readonly maxBytes: number;
  private readonly tooLarge = new WeakMap<object, () => void>();

  constructor(@Inject(SERVICE_CONFIG) config: Pick<HazardRewardConfig, 'PHOTO_MAX_BYTES'>) {
    this.maxBytes = config.PHOTO_MAX_BYTES;
    this.upload = multer({
      storage: new CappedMemoryStorage(this.maxBytes, this.tooLarge),
      // fileSize only as a backstop: the storage stops a photo at maxBytes and answers at once.
      limits: { files: MAX_PHOTOS, fileSize: this.maxBytes + 1024 * 1024, fields: MAX_FIELDS, fieldSize: MAX_FIELD_BYTES, parts: MAX_PHOTOS + MAX_FIELDS, headerPairs: 100 },
    }).array('photos', MAX_PHOTOS);
  }

  async intercept(context: ExecutionContext, next: CallHandler): Promise<Observable<unknown>> {
    const request = context.switchToHttp().getRequest<Request>();
    const response = context.switchToHttp().getResponse<Response>();
    await new Promise<void>((resolve, reject) => {
      const refuse = (err: unknown) => {
        // The rest of the body is not wanted: close the connection after the answer instead of reading it.
        if (!response.headersSent) response.setHeader('connection', 'close');
        reject(this.explain(err));
      };
      this.tooLarge.set(request, () => refuse(new MulterError('LIMIT_FILE_SIZE', 'photos')));
      // Settling twice is harmless: after a photo too large multer still calls back, once the connection closed.
      this.upload(request, response, (err: unknown) => (err ? refuse(err) : resolve()));
    });
    return next.handle();
  }

  private explain(err: unknown): DomainError {
    if (!(err instanceof MulterError)) {
      return new ReportFormRefused(`photos: the multipart form could not be read (${err instanceof Error ? err.message : String(err)})`, '无法读取上传的表单内容', 'photos');
    }
    switch (err.code) {
      case 'LIMIT_FILE_SIZE':
        return new PhotoTooLarge(describeBytes(this.maxBytes));
      case 'LIMIT_FILE_COUNT':
        return ReportFormRefused.tooManyPhotos(MAX_PHOTOS);
      case 'LIMIT_UNEXPECTED_FILE':
        return err.field === 'photos'
          ? ReportFormRefused.tooManyPhotos(MAX_PHOTOS)
          : new ReportFormRefused(`${err.field}: files are taken only in the field "photos"`, '只能在“photos”字段上传文件', err.field);
      case 'LIMIT_FIELD_VALUE':
        return new ReportFormRefused(`${err.field}: is longer than ${describeBytes(MAX_FIELD_BYTES)}`, `「${err.field}」的内容太长`, err.field);
      case 'LIMIT_FIELD_KEY':
        return new ReportFormRefused('a form field has a name longer than any field of a report', '表单中有无法识别的字段');
      default:
        return new ReportFormRefused(
          `the form has more fields or parts than a report has (at most ${MAX_FIELDS} fields and ${MAX_PHOTOS} photos)`,
          `表单内容过多：最多 ${MAX_FIELDS} 个字段和 ${MAX_PHOTOS} 张照片`,
        );
    }
  }
}

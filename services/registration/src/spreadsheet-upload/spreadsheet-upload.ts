import { applyDecorators, CallHandler, ExecutionContext, NestInterceptor, PayloadTooLargeException, UseInterceptors } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { catchError, Observable, throwError } from 'rxjs';
import { DEFAULT_MAX_BYTES, ImportFileError, ImportProblem, readTable } from '../org-units/import';
import type { ImportTable } from '../org-units/import';
import { SpreadsheetMissing, SpreadsheetRefused, SpreadsheetTooLarge } from './spreadsheet-upload.errors';

const maxMiB = DEFAULT_MAX_BYTES / (1024 * 1024);

/** What the upload interceptor hands the controller (multer's file, the fields used here). */
export interface UploadedSpreadsheet {
  buffer: Buffer;
  originalname: string;
}

/** Multer refuses a file over the limit (it allows exactly the limit); the user is told the limit, not just "too large". */
class UploadTooLarge implements NestInterceptor {
  intercept(_: ExecutionContext, next: CallHandler): Observable<unknown> {
    return next.handle().pipe(catchError((err: unknown) => throwError(() => (err instanceof PayloadTooLargeException ? new SpreadsheetTooLarge(maxMiB) : err))));
  }
}

/** A spreadsheet upload in the multipart field `file`, documented for the API page. */
export const SpreadsheetUpload = (description: string) =>
  applyDecorators(
    // The outer interceptor sees the file interceptor's refusal.
    UseInterceptors(UploadTooLarge, FileInterceptor('file', { limits: { fileSize: DEFAULT_MAX_BYTES, files: 1 } })),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );

/** 400 listing every problem by row and column; nothing was written. */
export function importRefused(problems: ImportProblem[]): SpreadsheetRefused {
  return new SpreadsheetRefused([...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0)));
}

/** The uploaded file as rows, or 400 saying why it cannot be read. */
export async function readUploadedTable(file: UploadedSpreadsheet | undefined): Promise<ImportTable> {
  if (!file) throw new SpreadsheetMissing();
  try {
    return await readTable(file.buffer);
  } catch (err) {
    if (err instanceof ImportFileError) throw importRefused(err.problems);
    throw err;
  }
}

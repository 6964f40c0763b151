import {
  applyDecorators,
  ArgumentsHost,
  BadRequestException,
  Catch,
  ExceptionFilter,
  HttpStatus,
  PayloadTooLargeException,
  UseFilters,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { DEFAULT_MAX_BYTES, ImportFileError, ImportProblem, readTable } from '../org-units/import';
import type { ImportTable } from '../org-units/import';

const maxMiB = DEFAULT_MAX_BYTES / (1024 * 1024);

/** What the upload interceptor hands the controller (multer's file, the fields used here). */
export interface UploadedSpreadsheet {
  buffer: Buffer;
  originalname: string;
}

/** Multer refuses a file over the limit (it allows exactly the limit); the user is told the limit, not just "too large". */
@Catch(PayloadTooLargeException)
class UploadTooLargeFilter implements ExceptionFilter {
  catch(_: PayloadTooLargeException, host: ArgumentsHost): void {
    host
      .switchToHttp()
      .getResponse<{ status: (code: number) => { json: (body: unknown) => void } }>()
      .status(HttpStatus.PAYLOAD_TOO_LARGE)
      .json({ statusCode: 413, message: `file: is larger than ${maxMiB} MiB; split it into smaller files`, error: 'Payload Too Large' });
  }
}

/** A spreadsheet upload in the multipart field `file`, documented for the API page. */
export const SpreadsheetUpload = (description: string) =>
  applyDecorators(
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: DEFAULT_MAX_BYTES, files: 1 } })),
    UseFilters(UploadTooLargeFilter),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      description,
      schema: { type: 'object', required: ['file'], properties: { file: { type: 'string', format: 'binary' } } },
    }),
  );

/** 400 listing every problem by row and column; nothing was written. */
export function importRefused(problems: ImportProblem[]): BadRequestException {
  const sorted = [...problems].sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return new BadRequestException({
    statusCode: 400,
    error: 'Bad Request',
    message: `the file has ${sorted.length} problem${sorted.length === 1 ? '' : 's'}; nothing was imported`,
    problems: sorted,
  });
}

/** The uploaded file as rows, or 400 saying why it cannot be read. */
export async function readUploadedTable(file: UploadedSpreadsheet | undefined): Promise<ImportTable> {
  if (!file) throw new BadRequestException("file: attach the spreadsheet (XLSX or CSV) as the multipart form field 'file'");
  try {
    return await readTable(file.buffer);
  } catch (err) {
    if (err instanceof ImportFileError) throw importRefused(err.problems);
    throw err;
  }
}

import { applyDecorators, Type } from '@nestjs/common';
import { ApiExtraModels, ApiOkResponse, getSchemaPath } from '@nestjs/swagger';
import { XLSX_MIME } from './file-download';

const binary = { schema: { type: 'string', format: 'binary' } } as const;

/** A 200 whose body is a file of this content type (an XLSX, a CSV, a PDF, a photo…). */
export function ApiFileResponse(contentTypes: string | string[], description: string): MethodDecorator & ClassDecorator {
  const types = Array.isArray(contentTypes) ? contentTypes : [contentTypes];
  return ApiOkResponse({ description, content: Object.fromEntries(types.map((type) => [type, binary])) });
}

/** A 200 that is JSON of `type`, or the same as an XLSX workbook when the client asks for one. */
export function ApiJsonOrXlsxResponse(type: Type<unknown>, description: string): MethodDecorator & ClassDecorator {
  return applyDecorators(
    ApiExtraModels(type),
    ApiOkResponse({ description, content: { 'application/json': { schema: { $ref: getSchemaPath(type) } }, [XLSX_MIME]: binary } }),
  );
}

import { Body, Controller, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { FilesInterceptor } from '@nestjs/platform-express';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { HazardReportView } from '../../report-row';
import { ReportHazardRequestDto } from './report-hazard.request.dto';
import { MAX_PHOTOS, ReportHazardService, UploadedPhoto } from './report-hazard.service';

/** Multer's own ceiling, far above the configured photo limit that the intake checks with a clear message. */
const UPLOAD_CEILING_BYTES = 50 * 1024 * 1024;

@ApiTags('hazard reports')
@Controller('hazard-reports')
export class ReportHazardHttpController {
  constructor(private readonly reportHazard: ReportHazardService) {}

  @Post()
  @UseInterceptors(FilesInterceptor('photos', 2 * MAX_PHOTOS, { limits: { fileSize: UPLOAD_CEILING_BYTES, files: 2 * MAX_PHOTOS } }))
  // multipart with photos; a report without photos may also come as JSON.
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    description: `The report's fields, and up to ${MAX_PHOTOS} photos (JPEG, PNG or WebP) in the field "photos"; a hazard that cannot be photographed (a fume, a noise) is reported without. Metadata such as EXIF and GPS is removed before storage.`,
    schema: {
      type: 'object',
      required: ['enterpriseUnitId', 'location', 'category', 'description'],
      properties: {
        enterpriseUnitId: { type: 'string' },
        location: { type: 'string' },
        latitude: { type: 'number' },
        longitude: { type: 'number' },
        category: { type: 'string', enum: ['accident', 'occupational'] },
        description: { type: 'string' },
        anonymous: { type: 'boolean' },
        photos: { type: 'array', items: { type: 'string', format: 'binary' } },
      },
    },
  })
  @ApiCreatedResponse({ type: HazardReportView })
  @ApiBadRequestResponse({ description: 'A field or a photo is wrong; the message names it. Nothing was recorded.' })
  report(@Body() body: ReportHazardRequestDto, @UploadedFiles() photos: UploadedPhoto[] | undefined, @CurrentCaller() caller: Caller) {
    return this.reportHazard.execute(body, photos, caller);
  }
}

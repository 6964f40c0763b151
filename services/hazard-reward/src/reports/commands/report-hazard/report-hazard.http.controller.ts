import { Body, Controller, Headers, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConflictResponse, ApiConsumes, ApiCreatedResponse, ApiHeader, ApiOperation, ApiPayloadTooLargeResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { ReportHazardRequestDto } from './report-hazard.request.dto';
import { PhotoUploadInterceptor } from './photo-upload.interceptor';
import { MAX_PHOTOS, ReportedHazardView, ReportHazardService, UploadedPhoto } from './report-hazard.service';

@ApiTags('hazard reports')
@Controller('hazard-reports')
export class ReportHazardHttpController {
  constructor(private readonly reportHazard: ReportHazardService) {}

  @Post()
  @ApiOperation({
    operationId: 'reportHazard',
    summary: '报告隐患',
    description: 'A worker reports an accident hazard or an occupational hazard (安全隐患随手拍), named or anonymous, with up to 9 photos.',
  })
  @ApiHeader({
    name: 'Idempotency-Key',
    required: false,
    description: "New for each report (a UUID will do): the same report sent again with the same key answers the first one, anonymous key and PIN included, instead of recording a second",
  })
  @UseInterceptors(PhotoUploadInterceptor)
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
  @ApiCreatedResponse({ type: ReportedHazardView, description: 'The report; an anonymous one with its report key and PIN, shown this once' })
  @ApiBadRequestResponse({ description: 'A field or a photo is wrong, or there are too many photos; the message names it. Nothing was recorded.' })
  @ApiPayloadTooLargeResponse({ description: 'A photo is larger than PHOTO_MAX_BYTES; the upload was stopped there' })
  @ApiTooManyRequestsResponse({ description: 'More reports this hour than HAZARD_REPORTS_PER_HOUR; Retry-After says when the next hour starts' })
  @ApiConflictResponse({ description: 'The Idempotency-Key was already used for a different report' })
  report(
    @Body() body: ReportHazardRequestDto,
    @UploadedFiles() photos: UploadedPhoto[] | undefined,
    @CurrentCaller() caller: Caller,
    @Headers('idempotency-key') idempotencyKey?: string,
  ) {
    return this.reportHazard.execute(body, photos, caller, idempotencyKey);
  }
}

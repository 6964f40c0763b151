import { Body, Controller, HttpCode, Param, Post, UploadedFiles, UseInterceptors } from '@nestjs/common';
import { ApiBadRequestResponse, ApiBody, ApiConsumes, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiPayloadTooLargeResponse, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import type { UploadedPhoto } from '../../../photos/photo-intake';
import { PhotoUploadInterceptor } from '../../../reports/commands/report-hazard/photo-upload.interceptor';
import { MAX_PHOTOS } from '../../../reports/commands/report-hazard/report-hazard.service';
import { RecordedProgressDto } from '../../hazard.response.dto';
import { RecordProgressRequestDto } from './record-progress.request.dto';
import { RecordProgressService } from './record-progress.service';

@ApiTags('hazard archive')
@Controller('hazards')
export class RecordProgressHttpController {
  constructor(private readonly recordProgress: RecordProgressService) {}

  @Post(':id/progress')
  @ApiOperation({
    operationId: 'recordRectificationProgress',
    summary: '填报整改进展',
    description: `The periodic update of an open hazard, by the person its plan designates and nobody else, with up to ${MAX_PHOTOS} photos of the work (JPEG, PNG or WebP, metadata removed). Without photos it may also come as JSON.`,
  })
  @HttpCode(200)
  @UseInterceptors(PhotoUploadInterceptor)
  @ApiConsumes('multipart/form-data', 'application/json')
  @ApiBody({
    description: `The note, and up to ${MAX_PHOTOS} photos in the field "photos"`,
    schema: {
      type: 'object',
      required: ['note'],
      properties: {
        note: { type: 'string', maxLength: 2000, description: 'How the rectification stands (整改情况)' },
        photos: { type: 'array', items: { type: 'string', format: 'binary' } },
      },
    },
  })
  @ApiOkResponse({ type: RecordedProgressDto, description: 'The update is on the hazard timeline, with its photos' })
  @ApiBadRequestResponse({ description: 'The note is missing, or a photo is not a usable JPEG, PNG or WebP, or there are too many; nothing was recorded' })
  @ApiPayloadTooLargeResponse({ description: 'A photo is larger than PHOTO_MAX_BYTES; the upload was stopped there' })
  @ApiForbiddenResponse({ description: 'Only the designated person records progress' })
  record(
    @Param('id', idParam) id: string,
    @Body() body: RecordProgressRequestDto,
    @UploadedFiles() photos: UploadedPhoto[] | undefined,
    @CurrentCaller() caller: Caller,
  ): Promise<RecordedProgressDto> {
    return this.recordProgress.execute(id, body, photos, caller);
  }
}

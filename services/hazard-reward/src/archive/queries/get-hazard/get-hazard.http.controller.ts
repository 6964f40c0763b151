import { Controller, Get, Param, ParseIntPipe, StreamableFile } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { photoFileOf, ServesPhoto } from '../../../photos/photo-file';
import { PhotoStore } from '../../../photos/photo-store';
import { HazardArchive } from '../../hazard-archive';
import { HazardRepository } from '../../hazard.repository';
import { ArchiveQueries } from '../../archive.queries';
import { hazardView } from '../../hazard.row';
import { ProgressPhotoNotFound } from '../../archive.errors';
import { HazardWithTimelineDto } from '../../hazard.response.dto';

@ApiTags('hazard archive')
@Controller('hazards')
export class GetHazardHttpController {
  constructor(
    private readonly queries: ArchiveQueries,
    private readonly hazards: HazardRepository,
    private readonly archive: HazardArchive,
    private readonly store: PhotoStore,
  ) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getHazard', summary: '查看隐患档案' })
  @ApiOkResponse({ type: HazardWithTimelineDto, description: 'The archive record with its timeline: plan and revisions, progress updates with their photos, reminders, overdue and escalation, verification, close-out' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const hazard = await this.archive.loadInScope(id, caller, 'read');
    const { report, timeline } = await this.queries.withTimeline(id);
    let numbered = 0;
    return {
      ...hazardView({ ...hazard, ...report }),
      timeline: timeline.map((t) => ({
        kind: t.kind,
        actorUserId: t.actor_user_id,
        note: t.note,
        deadline: t.deadline?.toISOString() ?? null,
        at: t.at.toISOString(),
        photoNumbers: t.photos.map(() => ++numbered),
      })),
    };
  }

  @Get(':id/progress-photos/:n')
  @ApiOperation({
    operationId: 'getHazardProgressPhoto',
    summary: '查看整改进展照片',
    description: "The n-th progress photo of a hazard (from 1, over its whole timeline: see each entry's photoNumbers), for whoever may read the hazard.",
  })
  @ServesPhoto('The photo as stored: metadata removed')
  async photo(@Param('id', idParam) id: string, @Param('n', ParseIntPipe) n: number, @CurrentCaller() caller: Caller): Promise<StreamableFile> {
    await this.archive.loadInScope(id, caller, 'read');
    const photos = await this.hazards.progressPhotos(id);
    const notFound = () => new ProgressPhotoNotFound(id, photos.length);
    return photoFileOf(this.store, photos[n - 1]?.key, notFound, notFound);
  }
}

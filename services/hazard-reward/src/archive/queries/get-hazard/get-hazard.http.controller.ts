import { Controller, Get, Param } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { HazardArchive } from '../../hazard-archive';
import { hazardView } from '../../hazard-row';
import { HazardWithTimelineDto } from '../../hazard.response.dto';

@ApiTags('hazard archive')
@Controller('hazards')
export class GetHazardHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly archive: HazardArchive,
  ) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getHazard', summary: '查看隐患档案' })
  @ApiOkResponse({ type: HazardWithTimelineDto, description: 'The archive record with its timeline: plan and revisions, progress updates, reminders, overdue and escalation, verification, close-out' })
  async get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    const hazard = await this.archive.loadInScope(id, caller, 'read');
    const [report]: { location: string; description: string }[] = await this.dataSource.query(
      `SELECT location, description FROM hazard_reports WHERE id = $1`,
      [id],
    );
    const timeline: { kind: string; actor_user_id: string | null; note: string | null; deadline: Date | null; at: Date }[] = await this.dataSource.query(
      `SELECT kind, actor_user_id, note, deadline, at FROM hazard_timeline WHERE report_id = $1 ORDER BY id`,
      [id],
    );
    return {
      ...hazardView({ ...hazard, ...report }),
      timeline: timeline.map((t) => ({ kind: t.kind, actorUserId: t.actor_user_id, note: t.note, deadline: t.deadline?.toISOString() ?? null, at: t.at.toISOString() })),
    };
  }
}

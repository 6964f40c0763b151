import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, MaxLength } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { auditActorOf, Caller, CurrentCaller, idParam, IsNotBlank } from '@lc/platform';
import { HazardArchive } from '../../hazard-archive';
import { NotTheDesignatedUpdater } from '../../archive.errors';
import { RecordedProgressDto } from '../../hazard.response.dto';

class RecordProgressRequestDto {
  @ApiProperty({ description: 'How the rectification stands (整改情况)', maxLength: 2000 })
  @IsString()
  @IsNotBlank({ message: 'note: say how the rectification stands' })
  @MaxLength(2000)
  note: string;
}

/** The periodic update of an open hazard, by the person the plan designates and nobody else. */
@ApiTags('hazard archive')
@Controller('hazards')
export class RecordProgressHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly archive: HazardArchive,
    private readonly audit: AuditTrail,
  ) {}

  @Post(':id/progress')
  @ApiOperation({
    operationId: 'recordRectificationProgress',
    summary: '填报整改进展',
    description: 'The periodic update of an open hazard, by the person its plan designates and nobody else.',
  })
  @HttpCode(200)
  @ApiOkResponse({ type: RecordedProgressDto, description: 'The update is on the hazard timeline' })
  async record(@Param('id', idParam) id: string, @Body() body: RecordProgressRequestDto, @CurrentCaller() caller: Caller): Promise<RecordedProgressDto> {
    const at = new Date();
    await this.dataSource.transaction(async (tx) => {
      const hazard = await this.archive.lockOpen(tx, id, true);
      if (hazard.updater_user_id !== caller.principal.userId) {
        throw new NotTheDesignatedUpdater(id, hazard.updater_user_id);
      }
      await this.archive.addTimeline(tx, id, { kind: 'progress', actorUserId: caller.principal.userId, note: body.note, at });
      await tx.query(`UPDATE hazards SET last_progress_at = $2, updated_at = $2 WHERE report_id = $1`, [id, at]);
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'hazard.progress',
        entity: { type: 'hazard', id, orgUnitId: hazard.enterprise_unit_id, orgPath: hazard.enterprise_path },
        after: { note: body.note },
        correlationId: caller.correlationId,
      });
    });
    return { reportId: id, at: at.toISOString() };
  }
}

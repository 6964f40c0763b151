import { Body, Controller, Param, Put } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { DataSource } from 'typeorm';
import { AuditTrail } from '@lc/audit';
import { unionCadreRoles } from '@lc/org';
import { auditActorOf, Caller, CurrentCaller, idParam, RequireRoles, ScopeChecker, IsNotBlank } from '@lc/platform';
import { HonourTargets } from '../honour-targets';
import { NominationStore } from '../nomination-store';
import { NomineeNotEligible } from '../nomination.errors';
import { CompetitionHonourDto } from '../nomination.response.dto';

class CompetitionHonourRequestDto {
  @ApiProperty({ example: 'competition-advanced-unit' }) @IsString() @IsNotBlank() honourCode: string;
  @ApiProperty({ description: 'The union conferring it, at the honour\'s level' }) @IsString() @IsNotBlank() conferringUnitId: string;
}

/** Which honour a competition's passing units are recommended for (优先推荐) when its results are published. */
@ApiTags('nominations')
@Controller('competitions')
export class CompetitionHonourHttpController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly store: NominationStore,
    private readonly scope: ScopeChecker,
    private readonly audit: AuditTrail,
    private readonly targets: HonourTargets,
  ) {}

  @Put(':id/honour')
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'setCompetitionHonour',
    summary: '设置竞赛优先推荐荣誉',
    description: 'Which honour, conferred by which union, the passing units of a competition are recommended for (优先推荐) when its assessment results are published. A union cadre whose subtree holds the organiser and the conferring union.',
  })
  @ApiNotFoundResponse({ description: 'Awards does not know this id (yet)' })
  @ApiForbiddenResponse({ description: 'The organiser, or the conferring union, is not in your subtree' })
  @ApiOkResponse({ type: CompetitionHonourDto })
  async set(@Param('id', idParam) competitionId: string, @Body() body: CompetitionHonourRequestDto, @CurrentCaller() caller: Caller) {
    await this.targets.assertCompetitionWritable(competitionId, caller);
    const { honour, unit } = await this.store.honourConferredBy(body.honourCode, body.conferringUnitId);
    if (honour.nominee_kind === 'person') throw new NomineeNotEligible('honourCode', `${honour.name} goes to people; competition results recommend units and teams`, `${honour.name}授予个人；竞赛结果推荐的是单位和班组`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO competition_honours (competition_id, honour_code, conferring_unit_id, configured_by) VALUES ($1, $2, $3, $4)
         ON CONFLICT (competition_id) DO UPDATE SET honour_code = EXCLUDED.honour_code, conferring_unit_id = EXCLUDED.conferring_unit_id,
                                                   configured_by = EXCLUDED.configured_by, configured_at = now()`,
        [competitionId, honour.code, unit.id, caller.principal.userId],
      );
      await this.audit.append(tx, {
        actor: auditActorOf(caller),
        action: 'competition-honour.set',
        entity: { type: 'competition', id: competitionId, orgUnitId: unit.id, orgPath: unit.path },
        after: { honourCode: honour.code, conferringUnitId: unit.id },
        correlationId: caller.correlationId,
      });
    });
    return { competitionId, honourCode: honour.code, conferringUnitId: unit.id };
  }
}

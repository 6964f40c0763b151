import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString } from 'class-validator';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, idParam, RequireRoles, ScopeChecker, IsNotBlank } from '@lc/platform';
import { HonourRecommendationRepository } from '../honour-recommendation.repository';
import { HonourTargets } from '../honour-targets';
import { NominationRepository } from '../nomination.repository';
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
    private readonly commands: AuditedCommand,
    private readonly recommendations: HonourRecommendationRepository,
    private readonly nominations: NominationRepository,
    private readonly scope: ScopeChecker,
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
    const { honour, unit } = await this.nominations.honourConferredBy(body.honourCode, body.conferringUnitId);
    if (honour.nominee_kind === 'person') throw new NomineeNotEligible('honourCode', `${honour.name} goes to people; competition results recommend units and teams`, `${honour.name}授予个人；竞赛结果推荐的是单位和班组`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    await this.commands.run(caller, async ({ tx, audit }) => {
      await this.recommendations.setForCompetition(tx, competitionId, { code: honour.code, conferringUnitId: unit.id }, caller.principal.userId);
      await audit({
        action: 'competition-honour.set',
        entity: { type: 'competition', id: competitionId, orgUnitId: unit.id, orgPath: unit.path },
        after: { honourCode: honour.code, conferringUnitId: unit.id },
      });
    });
    return { competitionId, honourCode: honour.code, conferringUnitId: unit.id };
  }
}

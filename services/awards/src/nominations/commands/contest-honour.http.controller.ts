import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsInt, IsString, Max, Min } from 'class-validator';
import { unionCadreRoles } from '@lc/org';
import { AuditedCommand, Caller, CurrentCaller, idParam, RequireRoles, ScopeChecker, IsNotBlank } from '@lc/platform';
import { HonourRecommendationRepository } from '../honour-recommendation.repository';
import { HonourTargets } from '../honour-targets';
import { NominationRepository } from '../nomination.repository';
import { NomineeNotEligible } from '../nomination.errors';
import { ContestHonourDto } from '../nomination.response.dto';

class ContestHonourRequestDto {
  @ApiProperty({ example: 'craftsman-changxing' }) @IsString() @IsNotBlank() honourCode: string;
  @ApiProperty() @IsString() @IsNotBlank() conferringUnitId: string;
  @ApiProperty({ description: 'How many of the top ranks become candidates', example: 3 })
  @IsInt({ message: 'topRanks: must be a whole number' })
  @Min(1)
  @Max(100)
  topRanks: number;
}

/** Which honour a skills contest's top-ranked contestants are recommended for (优先推荐) when it is signed off. */
@ApiTags('nominations')
@Controller('skills-contests')
export class ContestHonourHttpController {
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
    operationId: 'setSkillsContestHonour',
    summary: '设置技能比武优先推荐荣誉',
    description: 'Which honour, conferred by which union, the top-ranked contestants of a skills contest are recommended for (优先推荐) when it is signed off. A union cadre whose subtree holds the organiser and the conferring union.',
  })
  @ApiNotFoundResponse({ description: 'Awards does not know this id (yet)' })
  @ApiForbiddenResponse({ description: 'The organiser, or the conferring union, is not in your subtree' })
  @ApiOkResponse({ type: ContestHonourDto })
  async set(@Param('id', idParam) contestId: string, @Body() body: ContestHonourRequestDto, @CurrentCaller() caller: Caller) {
    await this.targets.assertContestWritable(contestId, caller);
    const { honour, unit } = await this.nominations.honourConferredBy(body.honourCode, body.conferringUnitId);
    if (honour.nominee_kind !== 'person') throw new NomineeNotEligible('honourCode', `${honour.name} does not go to people; contestants are people`, `${honour.name}不授予个人；参赛选手是个人`);
    await this.scope.assert(caller, 'write', { orgPath: unit.path });
    await this.commands.run(caller, async ({ tx, audit }) => {
      await this.recommendations.setForContest(tx, contestId, { code: honour.code, conferringUnitId: unit.id, topRanks: body.topRanks }, caller.principal.userId);
      await audit({
        action: 'contest-honour.set',
        entity: { type: 'skills-contest', id: contestId, orgUnitId: unit.id, orgPath: unit.path },
        after: { honourCode: honour.code, topRanks: body.topRanks },
      });
    });
    return { skillsContestId: contestId, honourCode: honour.code, conferringUnitId: unit.id, topRanks: body.topRanks };
  }
}

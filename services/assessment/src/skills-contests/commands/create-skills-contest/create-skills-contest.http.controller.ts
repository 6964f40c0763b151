import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { CreateSkillsContestRequestDto } from './create-skills-contest.request.dto';
import { CreateSkillsContestService } from './create-skills-contest.service';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class CreateSkillsContestHttpController {
  constructor(private readonly createContest: CreateSkillsContestService) {}

  @Post()
  @ApiOperation({
    operationId: 'createSkillsContest',
    summary: '创建技能比武',
    description: 'A union cadre opens a contest with its marking scheme, organised by the caller\'s unit.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ type: SkillsContestDto, description: 'The contest, open, with its scheme and an empty panel and contestant list' })
  create(@Body() body: CreateSkillsContestRequestDto, @CurrentCaller() caller: Caller) {
    return this.createContest.execute(body, caller);
  }
}

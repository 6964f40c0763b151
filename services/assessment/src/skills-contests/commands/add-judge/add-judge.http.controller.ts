import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { AddJudgeRequestDto } from './add-judge.request.dto';
import { AddJudgeService } from './add-judge.service';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class AddJudgeHttpController {
  constructor(private readonly addJudge: AddJudgeService) {}

  @Post(':id/judges')
  @ApiOperation({
    operationId: 'addContestJudge',
    summary: '添加评委',
    description: 'A union cadre of the organiser\'s line seats a judge (or the chief judge, 裁判长) on the panel until sign-off; the judge\'s enterprise is recorded.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ type: SkillsContestDto, description: 'The contest with its panel' })
  @ApiBadRequestResponse({ description: 'Unknown or deactivated user, not a judge or union cadre, or outside the organiser\'s line' })
  @ApiConflictResponse({ description: 'Signed off, already on the panel, a contestant, or a second chief' })
  add(@Param('id', idParam) id: string, @Body() body: AddJudgeRequestDto, @CurrentCaller() caller: Caller) {
    return this.addJudge.execute(id, body, caller);
  }
}

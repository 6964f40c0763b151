import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { SetChiefJudgeRequestDto } from './set-chief-judge.request.dto';
import { SetChiefJudgeService } from './set-chief-judge.service';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class SetChiefJudgeHttpController {
  constructor(private readonly setChiefJudge: SetChiefJudgeService) {}

  @Put(':id/chief-judge')
  @ApiOperation({
    operationId: 'setChiefJudge',
    summary: '设置裁判长',
    description: 'A union cadre makes a judge already on the panel the chief judge, until sign-off.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: SkillsContestDto, description: 'The contest with its new chief judge' })
  @ApiConflictResponse({ description: 'Signed off' })
  set(@Param('id', idParam) id: string, @Body() body: SetChiefJudgeRequestDto, @CurrentCaller() caller: Caller) {
    return this.setChiefJudge.execute(id, body, caller);
  }
}

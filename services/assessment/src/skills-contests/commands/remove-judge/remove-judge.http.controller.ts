import { Controller, Delete, Param } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { userIdParam } from '../../contest-params';
import { RemoveJudgeService } from './remove-judge.service';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class RemoveJudgeHttpController {
  constructor(private readonly removeJudge: RemoveJudgeService) {}

  @Delete(':id/judges/:userId')
  @ApiOperation({
    operationId: 'removeContestJudge',
    summary: '移除评委',
    description: 'Until sign-off; the scores the judge gave are discarded and kept in the audit trail.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: SkillsContestDto, description: 'The contest without the judge; the scores they gave are discarded (and kept in the audit trail)' })
  @ApiConflictResponse({ description: 'Signed off' })
  remove(@Param('id', idParam) id: string, @Param('userId', userIdParam) userId: string, @CurrentCaller() caller: Caller) {
    return this.removeJudge.execute(id, userId, caller);
  }
}

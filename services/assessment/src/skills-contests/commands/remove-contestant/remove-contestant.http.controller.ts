import { Controller, Delete, Param } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { userIdParam } from '../../contest-params';
import { RemoveContestantService } from './remove-contestant.service';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class RemoveContestantHttpController {
  constructor(private readonly removeContestant: RemoveContestantService) {}

  @Delete(':id/contestants/:userId')
  @ApiOperation({
    operationId: 'removeContestant',
    summary: '移除参赛选手',
    description: 'Until sign-off; the contestant\'s scores are discarded and kept in the audit trail.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: SkillsContestDto, description: 'The contest without the contestant; their scores are discarded (and kept in the audit trail)' })
  @ApiConflictResponse({ description: 'Signed off' })
  remove(@Param('id', idParam) id: string, @Param('userId', userIdParam) userId: string, @CurrentCaller() caller: Caller) {
    return this.removeContestant.execute(id, userId, caller);
  }
}

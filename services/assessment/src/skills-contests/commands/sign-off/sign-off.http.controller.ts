import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { SignOffRequestDto } from './sign-off.request.dto';
import { SignOffService } from './sign-off.service';
import { SkillsContestResultsDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class SignOffHttpController {
  constructor(private readonly signOffService: SignOffService) {}

  @Post(':id/sign-off')
  @ApiOperation({
    operationId: 'signOffSkillsContest',
    summary: '签字确认成绩',
    description: 'The chief judge signs off once every score is in: the contest is locked and its results are final.',
  })
  @HttpCode(200)
  @RequireRoles('judge', ...unionCadreRoles)
  @ApiOkResponse({ type: SkillsContestResultsDto, description: 'The final results of the locked contest' })
  @ApiForbiddenResponse({ description: 'Not the chief judge of the contest' })
  @ApiConflictResponse({ description: 'Already signed off, no contestants, or scores missing (named)' })
  signOff(@Param('id', idParam) id: string, @Body() body: SignOffRequestDto, @CurrentCaller() caller: Caller) {
    return this.signOffService.execute(id, body, caller);
  }
}

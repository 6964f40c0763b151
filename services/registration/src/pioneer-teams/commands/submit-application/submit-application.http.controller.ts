import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { PioneerTeamApplicationRequestDto } from '../../pioneer-team-form.request.dto';
import { SubmitPioneerTeamApplicationService } from './submit-application.service';
import { SubmittedPioneerTeamApplicationDto } from '../../pioneer-team-application.response.dto';

@ApiTags('工人先锋号 applications')
@Controller('pioneer-team-applications')
export class SubmitPioneerTeamApplicationHttpController {
  constructor(private readonly submit: SubmitPioneerTeamApplicationService) {}

  @Post()
  @RequireRoles('team_leader', 'enterprise_union_cadre')
  @ApiOperation({
    operationId: 'submitPioneerTeamApplication',
    summary: '申报创建工人先锋号',
    description: 'A team leader or an enterprise union cadre submits the 工人先锋号 creation application (attachment 1); its four opinion boxes become the steps of its approval chain.',
  })
  @ApiCreatedResponse({ type: SubmittedPioneerTeamApplicationDto, description: 'The application and the four opinion boxes as the steps of its approval chain' })
  @ApiBadRequestResponse({ description: 'A field is invalid, or the composition does not add up: every mismatch is named' })
  @ApiConflictResponse({ description: 'The team already applied, the competition takes no applications, or a box has nobody to fill it' })
  @ApiForbiddenResponse({ description: 'The team is outside your subtree' })
  create(@Body() body: PioneerTeamApplicationRequestDto, @CurrentCaller() caller: Caller) {
    return this.submit.execute(body, caller);
  }
}

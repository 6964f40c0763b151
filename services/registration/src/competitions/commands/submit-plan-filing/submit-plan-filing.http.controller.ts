import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, FirstBoxOpinionRequestDto, idParam, RequireRoles } from '@lc/platform';
import { SubmitPlanFilingService } from './submit-plan-filing.service';
import { PlanFilingDto } from './plan-filing.response.dto';

@ApiTags('competitions')
@Controller('competitions')
export class SubmitPlanFilingHttpController {
  constructor(private readonly submitPlanFiling: SubmitPlanFilingService) {}

  @Post(':id/filing')
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'submitPlanFiling',
    summary: '报备竞赛方案',
    description: 'Files a draft plan (备案) up the approval chain to the city union; approved, it is filed; rejected or withdrawn, it returns to draft. Decisions are made at /approvals.',
  })
  @ApiCreatedResponse({ type: PlanFilingDto, description: 'The filing (备案) chain up to the city union, followed at /approvals/{workflowId}; for the top union of the platform { workflowId: null }, filed at once (it files outside the platform)' })
  @ApiBadRequestResponse({ description: 'id is not a UUID, or firstBoxOpinion is missing where only you can fill the first box' })
  @ApiConflictResponse({ description: 'Not a draft, or a level with nobody able to decide' })
  @ApiForbiddenResponse({ description: 'The organiser is outside your subtree' })
  submit(@Param('id', idParam) id: string, @Body() body: FirstBoxOpinionRequestDto, @CurrentCaller() caller: Caller): Promise<PlanFilingDto> {
    return this.submitPlanFiling.execute(id, caller, body.firstBoxOpinion);
  }
}

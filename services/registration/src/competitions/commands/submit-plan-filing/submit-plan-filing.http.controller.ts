import { Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { SubmitPlanFilingService } from './submit-plan-filing.service';

@ApiTags('competitions')
@Controller('competitions')
export class SubmitPlanFilingHttpController {
  constructor(private readonly submitPlanFiling: SubmitPlanFilingService) {}

  @Post(':id/filing')
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ description: '{ workflowId, steps }: the filing (备案) chain up to the city union, followed at /approvals/{workflowId}; for the top union of the platform { workflowId: null }, filed at once (it files outside the platform)' })
  @ApiBadRequestResponse({ description: 'id is not a UUID' })
  @ApiConflictResponse({ description: 'Not a draft, or a level with nobody able to decide' })
  @ApiForbiddenResponse({ description: 'The organiser is outside your subtree' })
  submit(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    return this.submitPlanFiling.execute(id, caller);
  }
}

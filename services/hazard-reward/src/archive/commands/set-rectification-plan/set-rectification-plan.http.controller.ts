import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { SetRectificationPlanRequestDto } from './set-rectification-plan.request.dto';
import { SetRectificationPlanService } from './set-rectification-plan.service';
import { HazardDto } from '../../hazard.response.dto';

@ApiTags('hazard archive')
@Controller('hazards')
export class SetRectificationPlanHttpController {
  constructor(private readonly setPlan: SetRectificationPlanService) {}

  @Put(':id/rectification-plan')
  @ApiOperation({
    operationId: 'setRectificationPlan',
    summary: '制定整改方案',
    description: 'Sets or revises the archive record of a confirmed hazard: measures, deadline, responsible unit and person, interim safety measures, and the person designated to report progress.',
  })
  @RequireRoles('enterprise_union_cadre', 'enterprise_management', 'safety_inspector')
  @ApiOkResponse({ type: HazardDto, description: 'The archive record with its plan; its timer reminds before the deadline and escalates after it' })
  @ApiConflictResponse({ description: 'The hazard is closed or its close-out is being approved' })
  set(@Param('id', idParam) id: string, @Body() body: SetRectificationPlanRequestDto, @CurrentCaller() caller: Caller) {
    return this.setPlan.execute(id, body, caller);
  }
}

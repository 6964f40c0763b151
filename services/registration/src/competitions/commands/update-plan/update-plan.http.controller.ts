import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';
import { UpdatePlanRequestDto } from './update-plan.request.dto';
import { UpdatePlanService } from './update-plan.service';

@ApiTags('competitions')
@Controller('competitions')
export class UpdatePlanHttpController {
  constructor(private readonly updatePlan: UpdatePlanService) {}

  @Patch(':id')
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'updateCompetitionPlan',
    summary: '修改竞赛方案',
    description: 'The plan changes only as a draft, or while its filing is returned for revision.',
  })
  @ApiOkResponse({ type: CompetitionResponseDto })
  @ApiBadRequestResponse({ description: 'A field is invalid; the message names it' })
  @ApiConflictResponse({ description: 'The plan is being decided, or filed: it changes only as a draft or when returned' })
  @ApiForbiddenResponse({ description: 'The organiser is outside your subtree' })
  async update(@Param('id', idParam) id: string, @Body() body: UpdatePlanRequestDto, @CurrentCaller() caller: Caller): Promise<CompetitionResponseDto> {
    return toCompetitionResponse(await this.updatePlan.execute(id, body, caller));
  }
}

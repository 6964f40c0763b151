import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { RewardSchemeDto } from '../../../reward.response.dto';
import { CorrectRewardSchemeRequestDto } from './correct-reward-scheme.request.dto';
import { CorrectRewardSchemeService } from './correct-reward-scheme.service';

@ApiTags('hazard rewards')
@Controller('reward-schemes')
export class CorrectRewardSchemeHttpController {
  constructor(private readonly correctScheme: CorrectRewardSchemeService) {}

  @Put(':id')
  @ApiOperation({
    operationId: 'correctRewardScheme',
    summary: '修改奖励办法',
    description:
      'Its author corrects a scheme: name and period always (the period keeps covering the reports it rewarded), amounts and threshold only while no reward was worked out from it. A new rule after that is a new scheme.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiOkResponse({ type: RewardSchemeDto, description: 'The scheme as it now is' })
  @ApiForbiddenResponse({ description: 'Only the cadre who created the scheme may correct it' })
  @ApiConflictResponse({ description: 'Rewards were worked out from it (amounts, or a period that would no longer cover them), or the period overlaps another scheme' })
  correct(@Param('id', idParam) id: string, @Body() body: CorrectRewardSchemeRequestDto, @CurrentCaller() caller: Caller) {
    return this.correctScheme.execute(id, body, caller);
  }
}

import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { CreateRewardSchemeRequestDto } from './create-reward-scheme.request.dto';
import { CreateRewardSchemeService } from './create-reward-scheme.service';
import { RewardSchemeDto } from '../../../reward.response.dto';

@ApiTags('hazard rewards')
@Controller('reward-schemes')
export class CreateRewardSchemeHttpController {
  constructor(private readonly createScheme: CreateRewardSchemeService) {}

  @Post()
  @ApiOperation({
    operationId: 'createRewardScheme',
    summary: '创建奖励办法',
    description: "A union cadre sets its union's reward rules for a period: yuan per category × grade, and the threshold above which a reward is approved one level up.",
  })
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ type: RewardSchemeDto, description: 'The scheme with its amounts in yuan' })
  @ApiConflictResponse({ description: 'Its period overlaps another scheme of the same union' })
  create(@Body() body: CreateRewardSchemeRequestDto, @CurrentCaller() caller: Caller) {
    return this.createScheme.execute(body, caller);
  }
}

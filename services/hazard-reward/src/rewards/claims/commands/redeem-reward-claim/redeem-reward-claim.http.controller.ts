import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { RedeemRewardClaimRequestDto } from './redeem-reward-claim.request.dto';
import { RedeemRewardClaimService } from './redeem-reward-claim.service';
import { RedeemedClaimDto } from '../../../reward.response.dto';

@ApiTags('hazard rewards')
@Controller('reward-claims')
export class RedeemRewardClaimHttpController {
  constructor(private readonly redeem: RedeemRewardClaimService) {}

  @Post('redemption')
  @ApiOperation({
    operationId: 'redeemRewardClaim',
    summary: '凭兑奖码兑付奖励',
    description: "Finance or a union cadre of the issuing union (not the report's verifier) pays an anonymous reward out to whoever presents its claim code, once.",
  })
  @HttpCode(200)
  @RequireRoles('finance', ...unionCadreRoles)
  @ApiOkResponse({ type: RedeemedClaimDto, description: 'Pay this amount out to the person presenting the code' })
  @ApiNotFoundResponse({ description: 'No claim has this code' })
  @ApiConflictResponse({ description: 'The claim was already paid out' })
  create(@Body() body: RedeemRewardClaimRequestDto, @CurrentCaller() caller: Caller) {
    return this.redeem.execute(body.claimCode, caller);
  }
}

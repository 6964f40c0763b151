import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { ReportKeyRequestDto } from '../../report-key.request.dto';
import { ClaimAnonymousRewardService } from './claim-anonymous-reward.service';
import { AnonymousRewardClaimDto } from '../../../report.response.dto';

/** Any signed-in account may claim with the key and PIN; the account is only checked not to be the verifier's. */
@ApiTags('anonymous reports')
@Controller('anonymous-reports')
export class ClaimAnonymousRewardHttpController {
  constructor(private readonly claim: ClaimAnonymousRewardService) {}

  @Post('reward-claim')
  @ApiOperation({
    operationId: 'claimAnonymousReward',
    summary: '凭报告码领取兑奖码',
    description: "Whoever holds an anonymous report's key and PIN, from any signed-in account but the verifier's, gets a one-time claim code (兑奖码) once the reward is paid; it is shown once.",
  })
  @ApiCreatedResponse({ type: AnonymousRewardClaimDto, description: 'The one-time claim code, shown once' })
  @ApiNotFoundResponse({ description: 'No anonymous report has this key and PIN' })
  @ApiConflictResponse({ description: 'The reward is not paid yet, or was already claimed' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong tries with this key' })
  create(@Body() body: ReportKeyRequestDto, @CurrentCaller() caller: Caller) {
    return this.claim.execute(body.reportKey, body.pin, caller);
  }
}

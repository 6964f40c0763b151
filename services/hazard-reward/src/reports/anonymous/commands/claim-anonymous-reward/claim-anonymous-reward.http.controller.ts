import { Body, Controller, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiTags, ApiTooManyRequestsResponse } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { ReportKeyRequestDto } from '../../report-key.request.dto';
import { ClaimAnonymousRewardService } from './claim-anonymous-reward.service';

/** Any signed-in account may claim with the key and PIN; the account is only checked not to be the verifier's. */
@ApiTags('anonymous reports')
@Controller('anonymous-reports')
export class ClaimAnonymousRewardHttpController {
  constructor(private readonly claim: ClaimAnonymousRewardService) {}

  @Post('reward-claim')
  @ApiCreatedResponse({ description: '{ claimCode, amountYuan, issuingUnitId, notice }: the one-time claim code, shown once' })
  @ApiNotFoundResponse({ description: 'No anonymous report has this key and PIN' })
  @ApiConflictResponse({ description: 'The reward is not paid yet, or was already claimed' })
  @ApiTooManyRequestsResponse({ description: 'Too many wrong tries with this key' })
  create(@Body() body: ReportKeyRequestDto, @CurrentCaller() caller: Caller) {
    return this.claim.execute(body.reportKey, body.pin, caller);
  }
}

import { Body, Controller, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { DelegationDto } from '../../delegation.response.dto';
import { GrantDelegationRequestDto } from './grant-delegation.request.dto';
import { GrantDelegationService } from './grant-delegation.service';

@ApiTags('delegations')
@Controller('delegations')
export class GrantDelegationHttpController {
  constructor(private readonly delegations: GrantDelegationService) {}

  @Post()
  @ApiOperation({
    operationId: 'grantDelegation',
    summary: '委托他人代为审批',
    description:
      "From validFrom to validUntil the deputy (an active user) decides your steps in every service, sending onBehalfOf = your id; the other services apply it within moments.",
  })
  @ApiCreatedResponse({ type: DelegationDto })
  grant(@Body() body: GrantDelegationRequestDto, @CurrentCaller() caller: Caller): Promise<DelegationDto> {
    return this.delegations.grant(body, caller);
  }
}

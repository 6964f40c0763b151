import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { DelegationDto } from '../../delegation.response.dto';
import { DelegationQueries } from '../../delegations.queries';

class MyDelegationsDto {
  @ApiProperty({ type: [DelegationDto], description: 'Given by you, newest first' }) given: DelegationDto[];
  @ApiProperty({ type: [DelegationDto], description: 'Given to you, newest first' }) received: DelegationDto[];
}

@ApiTags('delegations')
@Controller('delegations')
export class ListDelegationsHttpController {
  constructor(private readonly queries: DelegationQueries) {}

  @Get()
  @ApiOperation({ operationId: 'listDelegations', summary: '我的委托（委托他人的与受托的）' })
  @ApiOkResponse({ type: MyDelegationsDto })
  async list(@CurrentCaller() caller: Caller): Promise<MyDelegationsDto> {
    return this.queries.ofUser(caller.principal.userId);
  }
}

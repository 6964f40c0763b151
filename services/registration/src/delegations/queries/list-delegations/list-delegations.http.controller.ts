import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller } from '@lc/platform';
import { DELEGATION_COLUMNS, DelegationDto } from '../../delegation.response.dto';

class MyDelegationsDto {
  @ApiProperty({ type: [DelegationDto], description: 'Given by you, newest first' }) given: DelegationDto[];
  @ApiProperty({ type: [DelegationDto], description: 'Given to you, newest first' }) received: DelegationDto[];
}

@ApiTags('delegations')
@Controller('delegations')
export class ListDelegationsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ operationId: 'listDelegations', summary: '我的委托（委托他人的与受托的）' })
  @ApiOkResponse({ type: MyDelegationsDto })
  async list(@CurrentCaller() caller: Caller): Promise<MyDelegationsDto> {
    const me = caller.principal.userId;
    const [given, received] = await Promise.all([
      this.dataSource.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.approver_user_id = $1 ORDER BY d.created_at DESC, d.id LIMIT 500`, [me]),
      this.dataSource.query(`SELECT ${DELEGATION_COLUMNS} FROM approval_delegations d WHERE d.deputy_user_id = $1 ORDER BY d.created_at DESC, d.id LIMIT 500`, [me]),
    ]);
    return { given, received };
  }
}

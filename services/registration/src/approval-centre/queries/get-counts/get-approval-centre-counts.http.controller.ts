import { Controller, Get } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller } from '@lc/platform';
import { countBox, delegatorsOf } from '../../approval-centre.queries';

class ApprovalCentreCountsDto {
  @ApiProperty({ description: '待办, delegated items included' }) todo: number;
  @ApiProperty({ description: 'Of 待办, those past their step deadline' }) overdue: number;
  @ApiProperty({ description: '已办' }) done: number;
  @ApiProperty({ description: '我发起的' }) mine: number;
  @ApiProperty({ description: '抄送我的' }) cc: number;
}

@ApiTags('approval-centre')
@Controller('approval-centre')
export class GetApprovalCentreCountsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('counts')
  @ApiOperation({ operationId: 'getApprovalCentreCounts', summary: '审批中心各栏数量', description: 'The totals GET /approval-centre/items answers for each box, for the caller' })
  @ApiOkResponse({ type: ApprovalCentreCountsDto })
  async counts(@CurrentCaller() caller: Caller): Promise<ApprovalCentreCountsDto> {
    const me = caller.principal.userId;
    const delegators = await delegatorsOf(this.dataSource, me);
    const [todo, overdue, done, mine, cc] = await Promise.all([
      countBox(this.dataSource, 'todo', me, delegators),
      countBox(this.dataSource, 'todo', me, delegators, { overdueOnly: true }),
      countBox(this.dataSource, 'done', me, []),
      countBox(this.dataSource, 'mine', me, []),
      countBox(this.dataSource, 'cc', me, []),
    ]);
    return { todo, overdue, done, mine, cc };
  }
}

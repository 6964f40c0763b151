import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller } from '@lc/platform';
import { itemFor, withSubmitters } from '../../approval-centre.queries';
import { NotYourApprovalItem } from '../../approval-centre.errors';
import { ApprovalCentreItemDto } from '../../approval-centre-item.response.dto';

/**
 * One item as it stands for the caller: waiting for them (to decide, perhaps for a delegator, or to
 * revise), or only one they took part in. The item screen asks this to offer the right actions; the
 * chain itself is read from the owning service.
 */
@ApiTags('approval-centre')
@Controller('approval-centre')
export class GetApprovalCentreItemHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('items/:workflowId')
  @ApiOperation({ operationId: 'getApprovalCentreItem', summary: '查看审批中心事项' })
  @ApiOkResponse({ type: ApprovalCentreItemDto, description: "waitingAs and onBehalfOf say what it waits from you; null when it waits for nothing of yours" })
  @ApiNotFoundResponse({ description: 'Not an item of yours: not waiting for you, and you neither submitted, decided nor were copied on it' })
  async item(@Param('workflowId') workflowId: string, @CurrentCaller() caller: Caller): Promise<ApprovalCentreItemDto> {
    const me = caller.principal.userId;
    const row = await itemFor(this.dataSource, me, workflowId);
    if (!row) throw new NotYourApprovalItem(workflowId);
    const [item] = await withSubmitters(this.dataSource, [row]);
    return item;
  }
}

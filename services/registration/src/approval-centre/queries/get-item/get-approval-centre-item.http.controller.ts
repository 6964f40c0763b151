import { Controller, Get, Param } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller } from '@lc/platform';
import { BOX_ITEM_COLUMNS, boxSql, delegatorsOf } from '../../approval-centre-boxes';
import { NotYourApprovalItem } from '../../approval-centre.errors';
import { ApprovalCentreItemDto, ApprovalCentreRow, withSubmitters } from '../../approval-centre-item.response.dto';

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
    const todo = boxSql('todo', me, await delegatorsOf(this.dataSource, me), { workflowId });
    let [row]: ApprovalCentreRow[] = await this.dataSource.query(`SELECT ${BOX_ITEM_COLUMNS} ${todo.from} LIMIT 1`, todo.params);
    if (!row) {
      [row] = await this.dataSource.query(
        `SELECT ${BOX_ITEM_COLUMNS}
           FROM (SELECT workflow_id, NULL::text AS waiting_as, NULL::timestamptz AS waiting_since, NULL::text AS on_behalf_of
                   FROM approval_centre_items c
                  WHERE c.workflow_id = $1
                    AND (c.submitter_user_id = $2 OR EXISTS (SELECT 1 FROM approval_centre_participants p WHERE p.workflow_id = $1 AND p.user_id = $2))) b
           JOIN approval_centre_items i USING (workflow_id)`,
        [workflowId, me],
      );
    }
    if (!row) throw new NotYourApprovalItem(workflowId);
    const [item] = await withSubmitters(this.dataSource, [row]);
    return item;
  }
}

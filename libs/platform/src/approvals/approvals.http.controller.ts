import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiConflictResponse, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, registerDecorator } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller } from '../access/caller';
import { IsNotBlank, isNotBlank } from '../http/not-blank.validator';
import { PageQueryDto } from '../http/page-query.dto';
import { Page, PageOf } from '../http/page.response';
import { ApprovalDto, ApprovalInboxItemDto, ApprovalPersonDto, DecisionResultDto } from './approval.response.dto';
import { ApprovalsService } from './approvals.service';

const ID = /^[A-Za-z0-9._:-]{1,100}$/;
const DECISION_ID_ZH = '「decisionId」必须是 1 到 100 个字母、数字或 . _ : -';

/** As on the paper form: whoever rejects or sends back says why, and spaces say nothing. */
function GivenToRefuse(): PropertyDecorator {
  return (target, propertyName) =>
    registerDecorator({
      name: 'givenToRefuse',
      target: target.constructor,
      propertyName: String(propertyName),
      options: {
        message: `${String(propertyName)} is required to reject or return: say why`,
        context: { messageZh: `不同意或退回时必须填写「${String(propertyName)}」，说明理由` },
      },
      validator: {
        validate: (value, args) => (args?.object as DecisionRequestDto).outcome === 'approve' || isNotBlank(value),
      },
    });
}

class DecisionRequestDto {
  @ApiProperty({ description: 'Chosen by the client, e.g. a UUID; sending the same decision again counts once' })
  @Matches(ID, { message: 'decisionId must be 1 to 100 letters, digits or . _ : -', context: { messageZh: DECISION_ID_ZH } })
  decisionId: string;

  @ApiProperty({ description: 'The step you decide (the item must be waiting there)', example: 'town-xinghua' })
  @IsString()
  @IsNotBlank()
  @MaxLength(64)
  stepId: string;

  @ApiProperty({ enum: ['approve', 'reject', 'return'], description: 'return = 退回修改: back to the submitter for revision' })
  @IsIn(['approve', 'reject', 'return'], { message: "outcome must be 'approve', 'reject' or 'return'", context: { messageZh: '「outcome」必须是 approve（同意）、reject（不同意）或 return（退回）' } })
  outcome: 'approve' | 'reject' | 'return';

  @ApiProperty({ description: 'The opinion (意见); required to reject or return', example: '同意' })
  @IsString()
  @MaxLength(2000)
  @GivenToRefuse()
  opinion: string;

  @ApiPropertyOptional({ description: 'The approver you decide for, under a delegation in force' })
  @IsOptional()
  @IsString()
  @MaxLength(100)
  onBehalfOf?: string;
}

class SubmitterActionDto {
  @ApiProperty()
  @Matches(ID, { message: 'decisionId must be 1 to 100 letters, digits or . _ : -', context: { messageZh: DECISION_ID_ZH } })
  decisionId: string;

  @ApiProperty({ description: 'Resubmit: what was changed. Withdraw: why.' })
  @IsString()
  @IsNotBlank({ message: 'text is required: say what changed, or why you withdraw', context: { messageZh: '「text」必须填写：说明修改了什么，或撤回的理由' } })
  @MaxLength(2000)
  text: string;
}

/** An unknown item and one the caller may not read get the same answer, so a refusal confirms nothing. */
const NOT_VISIBLE = "No such item, or one you may not read (the item's own read rule, unless its chain asks you to decide): the same answer either way";

/** Ten years: no item waits longer, and make_interval refuses far larger numbers. */
const MAX_WAITING_HOURS = 87_600;

class InboxQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ description: "Only items of this kind, e.g. 'plan-filing'" })
  @IsOptional()
  @IsString()
  @MaxLength(50)
  kind?: string;

  @ApiPropertyOptional({ description: 'Only items waiting at least this many hours', minimum: 0, maximum: MAX_WAITING_HOURS })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(MAX_WAITING_HOURS)
  olderThanHours?: number;
}

/**
 * The approval chain seen by people: my inbox, an item's state, decisions, resubmission, withdrawal.
 * Delegations are granted in registration (POST /delegations) and hold here through its events.
 */
@ApiExtraModels(ApprovalPersonDto)
@ApiTags('approvals')
@Controller('approvals')
export class ApprovalsHttpController {
  constructor(
    private readonly approvals: ApprovalsService,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get('inbox')
  @ApiOperation({ operationId: 'listApprovalInbox', summary: '待办审批' })
  @ApiOkResponse({
    type: PageOf(ApprovalInboxItemDto),
    description: "Items waiting for me, oldest first: to decide (waitingAs 'approver'), returned to me ('submitter'), or overdue below me ('escalation')",
  })
  async inbox(@Query() query: InboxQueryDto, @CurrentCaller() caller: Caller): Promise<Page<ApprovalInboxItemDto>> {
    const params: unknown[] = [caller.principal.userId];
    const where = ['b.user_id = $1'];
    if (query.kind) where.push(`i.item_kind = $${params.push(query.kind)}`);
    if (query.olderThanHours !== undefined) where.push(`b.waiting_since <= now() - make_interval(hours => $${params.push(query.olderThanHours)})`);
    const from = `FROM approval_inbox b JOIN approval_items i USING (workflow_id) WHERE ${where.join(' AND ')}`;
    const [{ total }] = await this.dataSource.query(`SELECT count(*)::int AS total ${from}`, params);
    const items = await this.dataSource.query(
      `SELECT i.workflow_id AS "workflowId", i.item_kind AS "itemKind", i.item_id AS "itemId", i.title, i.status,
              b.step_id AS "stepId", b.step_title AS "stepTitle", b.waiting_as AS "waitingAs", b.waiting_since AS "waitingSince",
              i.submitter_user_id AS "submitterUserId", i.submitted_at AS "submittedAt"
         ${from} ORDER BY b.waiting_since, i.workflow_id LIMIT $${params.push(query.limit)} OFFSET $${params.push(query.offset)}`,
      params,
    );
    return { items, total };
  }

  @Get(':workflowId')
  @ApiOperation({ operationId: 'getApproval', summary: '查看审批进程' })
  @ApiOkResponse({ type: ApprovalDto, description: 'The chain as the workflow holds it now: steps, signatures, every transition' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  state(@Param('workflowId') workflowId: string, @CurrentCaller() caller: Caller): Promise<ApprovalDto> {
    return this.approvals.state(workflowId, caller);
  }

  @Post(':workflowId/decisions')
  @HttpCode(200)
  @ApiOperation({ operationId: 'decideApprovalStep', summary: '审批（同意、退回或不同意）' })
  @ApiOkResponse({ type: DecisionResultDto, description: 'Where the item stands after your decision' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  @ApiConflictResponse({ description: 'Refused: not your step, not waiting there, already decided… the message says which' })
  decide(@Param('workflowId') workflowId: string, @Body() body: DecisionRequestDto, @CurrentCaller() caller: Caller) {
    return this.approvals.decide(workflowId, body, caller);
  }

  @Post(':workflowId/resubmit')
  @HttpCode(200)
  @ApiOperation({ operationId: 'resubmitApproval', summary: '修改后重新报送' })
  @ApiOkResponse({ type: DecisionResultDto, description: 'Where the item stands: waiting again at the step that returned it' })
  @ApiConflictResponse({ description: 'Refused: not yours, or not returned to you; the message says which' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  resubmit(@Param('workflowId') workflowId: string, @Body() body: SubmitterActionDto, @CurrentCaller() caller: Caller) {
    return this.approvals.resubmit(workflowId, body.decisionId, body.text, caller);
  }

  @Post(':workflowId/withdraw')
  @HttpCode(200)
  @ApiOperation({ operationId: 'withdrawApproval', summary: '撤回报送' })
  @ApiOkResponse({ type: DecisionResultDto, description: 'The item, withdrawn' })
  @ApiConflictResponse({ description: 'Refused: not yours, or already decided; the message says which' })
  @ApiNotFoundResponse({ description: NOT_VISIBLE })
  withdraw(@Param('workflowId') workflowId: string, @Body() body: SubmitterActionDto, @CurrentCaller() caller: Caller) {
    return this.approvals.withdraw(workflowId, body.decisionId, body.text, caller);
  }
}

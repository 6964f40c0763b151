import { ApiProperty } from '@nestjs/swagger';

export class ApprovalCentrePersonDto {
  @ApiProperty() userId: string;
  @ApiProperty({ nullable: true, type: String, description: 'As registration knows the user; null for a user it does not know' }) displayName: string | null;
}

export class ApprovalCentreItemDto {
  @ApiProperty({ example: 'approval-nomination-…' }) workflowId: string;
  @ApiProperty({ example: 'awards', description: 'The service that owns the item; decisions go to its POST /approvals/{workflowId}/decisions' })
  service: string;
  @ApiProperty({ example: 'plan-filing' }) itemKind: string;
  @ApiProperty() itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ enum: ['pending', 'returned', 'approved', 'rejected', 'withdrawn'] }) status: string;
  @ApiProperty({ nullable: true, type: String }) currentStepId: string | null;
  @ApiProperty({ nullable: true, type: String, example: '县总工会意见' }) stepTitle: string | null;
  @ApiProperty({ nullable: true, enum: ['approver', 'submitter'], description: 'In 待办: to decide, or returned to you; null in the other boxes' })
  waitingAs: 'approver' | 'submitter' | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) waitingSince: string | null;
  @ApiProperty({ nullable: true, type: String, format: 'date-time', description: "The current step's deadline, past which the chain escalates" })
  dueAt: string | null;
  @ApiProperty({ description: 'Past its deadline and still waiting for an approver' }) overdue: boolean;
  @ApiProperty({
    nullable: true,
    type: String,
    description: "待办: the approver who delegated it to you (decide with onBehalfOf = this id). 已办: the approver you decided for.",
  })
  onBehalfOf: string | null;
  @ApiProperty({ type: ApprovalCentrePersonDto }) submitter: ApprovalCentrePersonDto;
  @ApiProperty({ type: String, format: 'date-time' }) submittedAt: string;
  @ApiProperty({ type: String, format: 'date-time' }) updatedAt: string;
}

export class ApprovalCentrePageDto {
  @ApiProperty({ type: [ApprovalCentreItemDto] }) items: ApprovalCentreItemDto[];
  @ApiProperty() total: number;
}

/** An item as the box queries read it (BOX_ITEM_COLUMNS), before the submitter's name is added. */
export type ApprovalCentreRow = Omit<ApprovalCentreItemDto, 'submitter'> & { submitterUserId: string };

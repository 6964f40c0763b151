import { ApiProperty } from '@nestjs/swagger';
import type { SqlRunner } from '@lc/platform';

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

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Display names of the users among the ids (registration owns users; other ids are named by nobody). */
export async function displayNames(db: SqlRunner, userIds: readonly string[]): Promise<Map<string, string>> {
  const ids = [...new Set(userIds.filter((id) => UUID.test(id)))];
  if (ids.length === 0) return new Map();
  const rows: { id: string; display_name: string }[] = await db.query(`SELECT id, display_name FROM users WHERE id = ANY($1::uuid[])`, [ids]);
  return new Map(rows.map((r) => [r.id, r.display_name]));
}

/** An item as the box queries read it (BOX_ITEM_COLUMNS), before the submitter's name is added. */
export type ApprovalCentreRow = Omit<ApprovalCentreItemDto, 'submitter'> & { submitterUserId: string };

/** The rows with their submitters named. */
export async function withSubmitters(db: SqlRunner, rows: ApprovalCentreRow[]): Promise<ApprovalCentreItemDto[]> {
  const names = await displayNames(db, rows.map((r) => r.submitterUserId));
  return rows.map(({ submitterUserId, ...row }) => ({ ...row, submitter: { userId: submitterUserId, displayName: names.get(submitterUserId) ?? null } }));
}

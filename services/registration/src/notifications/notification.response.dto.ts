import { ApiProperty } from '@nestjs/swagger';
import { notificationKinds } from './notification-texts';

export class NotificationDto {
  @ApiProperty({ format: 'uuid' }) id: string;
  @ApiProperty({ enum: notificationKinds, description: 'to-decide 待审批, returned 退回修改, outcome 审批结果, escalation 逾期督办, reminder 催办' })
  kind: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ example: 'registration', description: 'The service that owns the item' }) service: string;
  @ApiProperty() itemKind: string;
  @ApiProperty() itemId: string;
  @ApiProperty() title: string;
  @ApiProperty({ example: '「兴华街道2026年职工技能竞赛」待您审批（县劳动竞赛委员会办公室意见）' }) text: string;
  @ApiProperty({ type: String, format: 'date-time' }) createdAt: string;
  @ApiProperty({ nullable: true, type: String, format: 'date-time' }) readAt: string | null;
}

export class NotificationPageDto {
  @ApiProperty({ type: [NotificationDto] }) items: NotificationDto[];
  @ApiProperty({ description: 'With the filter' }) total: number;
  @ApiProperty({ description: 'All your unread notifications' }) unread: number;
}

export const NOTIFICATION_COLUMNS = `id, kind, workflow_id AS "workflowId", service, item_kind AS "itemKind", item_id AS "itemId", title, text,
  created_at AS "createdAt", read_at AS "readAt"`;

import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, PageQueryDto } from '@lc/platform';
import { NOTIFICATION_COLUMNS, NotificationDto, NotificationPageDto } from '../../notification.response.dto';

class ListNotificationsQueryDto extends PageQueryDto {
  @ApiPropertyOptional({ type: Boolean, description: 'Only those not read yet' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean({ message: "unreadOnly must be 'true' or 'false'" })
  unreadOnly?: boolean;
}

@ApiTags('notifications')
@Controller('notifications')
export class ListNotificationsHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @ApiOperation({ operationId: 'listNotifications', summary: '我的通知', description: 'Your own notifications, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@Query() query: ListNotificationsQueryDto, @CurrentCaller() caller: Caller): Promise<NotificationPageDto> {
    const me = caller.principal.userId;
    const where = `user_id = $1${query.unreadOnly ? ' AND read_at IS NULL' : ''}`;
    const [[{ total }], [{ unread }], items] = await Promise.all([
      this.dataSource.query(`SELECT count(*)::int AS total FROM notifications WHERE ${where}`, [me]) as Promise<{ total: number }[]>,
      this.dataSource.query(`SELECT count(*)::int AS unread FROM notifications WHERE user_id = $1 AND read_at IS NULL`, [me]) as Promise<{ unread: number }[]>,
      this.dataSource.query(`SELECT ${NOTIFICATION_COLUMNS} FROM notifications WHERE ${where} ORDER BY created_at DESC, id LIMIT $2 OFFSET $3`, [
        me,
        query.limit,
        query.offset,
      ]) as Promise<NotificationDto[]>,
    ]);
    return { items, total, unread };
  }
}

import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { NOTIFICATION_COLUMNS, NotificationDto } from '../../notification.response.dto';
import { NotificationNotFound } from '../../notification.errors';

class ReadAllResultDto {
  @ApiProperty({ description: 'How many were unread until now' }) marked: number;
}

@ApiTags('notifications')
@Controller('notifications')
export class MarkNotificationsReadHttpController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markAllNotificationsRead', summary: '全部标为已读' })
  @ApiOkResponse({ type: ReadAllResultDto })
  async readAll(@CurrentCaller() caller: Caller): Promise<ReadAllResultDto> {
    // An UPDATE answers [rows, count].
    const [, marked]: [unknown[], number] = await this.dataSource.query(`UPDATE notifications SET read_at = now() WHERE user_id = $1 AND read_at IS NULL`, [
      caller.principal.userId,
    ]);
    return { marked };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markNotificationRead', summary: '标为已读' })
  @ApiOkResponse({ type: NotificationDto, description: 'The notification, read (when it was first read, if it was before)' })
  @ApiNotFoundResponse({ description: 'No such notification of yours (another user’s gets the same answer)' })
  async read(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<NotificationDto> {
    const [[row]]: [NotificationDto[], number] = await this.dataSource.query(
      `UPDATE notifications SET read_at = COALESCE(read_at, now()) WHERE id = $1 AND user_id = $2 RETURNING ${NOTIFICATION_COLUMNS}`,
      [id, caller.principal.userId],
    );
    if (!row) throw new NotificationNotFound(id);
    return row;
  }
}

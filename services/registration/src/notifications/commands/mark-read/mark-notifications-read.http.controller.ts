import { Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { NotificationDto } from '../../notification.response.dto';
import { NotificationRepository } from '../../notification.repository';
import { NotificationNotFound } from '../../notification.errors';

class ReadAllResultDto {
  @ApiProperty({ description: 'How many were unread until now' }) marked: number;
}

@ApiTags('notifications')
@Controller('notifications')
export class MarkNotificationsReadHttpController {
  constructor(private readonly notifications: NotificationRepository) {}

  @Post('read-all')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markAllNotificationsRead', summary: '全部标为已读' })
  @ApiOkResponse({ type: ReadAllResultDto })
  async readAll(@CurrentCaller() caller: Caller): Promise<ReadAllResultDto> {
    const marked = await this.notifications.markAllRead(caller.principal.userId);
    return { marked };
  }

  @Post(':id/read')
  @HttpCode(200)
  @ApiOperation({ operationId: 'markNotificationRead', summary: '标为已读' })
  @ApiOkResponse({ type: NotificationDto, description: 'The notification, read (when it was first read, if it was before)' })
  @ApiNotFoundResponse({ description: 'No such notification of yours (another user’s gets the same answer)' })
  async read(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller): Promise<NotificationDto> {
    const row = await this.notifications.markRead(id, caller.principal.userId);
    if (!row) throw new NotificationNotFound(id);
    return row;
  }
}

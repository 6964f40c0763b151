import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional } from 'class-validator';
import { Caller, CurrentCaller, PageQueryDto } from '@lc/platform';
import { NotificationPageDto } from '../../notification.response.dto';
import { NotificationQueries } from '../../notifications.queries';

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
  constructor(private readonly queries: NotificationQueries) {}

  @Get()
  @ApiOperation({ operationId: 'listNotifications', summary: '我的通知', description: 'Your own notifications, newest first' })
  @ApiOkResponse({ type: NotificationPageDto })
  async list(@Query() query: ListNotificationsQueryDto, @CurrentCaller() caller: Caller): Promise<NotificationPageDto> {
    return this.queries.ofUser(caller.principal.userId, query.unreadOnly === true, query);
  }
}

import { Controller, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiProperty, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller } from '@lc/platform';
import { SendReminderService } from './send-reminder.service';

class ReminderSentDto {
  @ApiProperty({ format: 'uuid' }) reminderId: string;
  @ApiProperty() workflowId: string;
  @ApiProperty({ description: 'The step reminded' }) stepId: string;
  @ApiProperty({ type: String, format: 'date-time' }) sentAt: string;
  @ApiProperty({ type: [String], description: 'Who it waits for, each sent a 催办 notification' }) remindedUserIds: string[];
}

@ApiTags('approval-centre')
@Controller('approval-centre')
export class SendReminderHttpController {
  constructor(private readonly reminders: SendReminderService) {}

  @Post('items/:workflowId/reminders')
  @ApiOperation({
    operationId: 'remindApprovers',
    summary: '催办',
    description: "The submitter, or a union cadre of a unit above the submitter's, reminds whoever a pending item waits for; once per step in 24 hours.",
  })
  @ApiCreatedResponse({ type: ReminderSentDto })
  @ApiNotFoundResponse({ description: 'No such item, or one you may not remind (the same answer either way)' })
  @ApiConflictResponse({ description: 'The item is not waiting for a decision, or its step was reminded in the last 24 hours' })
  remind(@Param('workflowId') workflowId: string, @CurrentCaller() caller: Caller): Promise<ReminderSentDto> {
    return this.reminders.remind(workflowId, caller);
  }
}

import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, MaxLength } from 'class-validator';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { LifecycleAction, lifecycleActions } from '../../competition-lifecycle';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';
import { ChangeLifecycleService } from './change-lifecycle.service';

class ChangeLifecycleRequestDto {
  @ApiProperty({ enum: lifecycleActions, description: 'open (filed → open for enrolment), start (→ running), assess (→ assessing), close (→ closed)' })
  @IsIn(lifecycleActions, { message: `action must be one of ${lifecycleActions.join(', ')}` })
  action: LifecycleAction;

  @ApiPropertyOptional({ description: 'Why, for the audit trail' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  reason?: string;
}

@ApiTags('competitions')
@Controller('competitions')
export class ChangeLifecycleHttpController {
  constructor(private readonly lifecycle: ChangeLifecycleService) {}

  @Post(':id/lifecycle')
  @HttpCode(200)
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'changeCompetitionStatus',
    summary: '变更竞赛状态',
    description: 'The action open, start, assess or close moves the competition filed → open for enrolment → running → assessing → closed; a move out of turn is refused with what would apply.',
  })
  @ApiOkResponse({ type: CompetitionResponseDto })
  @ApiConflictResponse({ description: 'The action does not apply in the current status; the message says what does' })
  @ApiForbiddenResponse({ description: 'The organiser is outside your subtree' })
  async change(@Param('id', idParam) id: string, @Body() body: ChangeLifecycleRequestDto, @CurrentCaller() caller: Caller): Promise<CompetitionResponseDto> {
    return toCompetitionResponse(await this.lifecycle.execute(id, body.action, body.reason, caller));
  }
}

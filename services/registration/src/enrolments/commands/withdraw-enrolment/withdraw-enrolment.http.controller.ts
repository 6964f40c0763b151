import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { competitionIdPipe, enrolmentIdPipe, enrolmentRoles } from '../../enrolment-access';
import { EnrolmentResponseDto } from '../../enrolment.response.dto';
import { WithdrawEnrolmentRequestDto } from './withdraw-enrolment.request.dto';
import { WithdrawEnrolmentService } from './withdraw-enrolment.service';

@ApiTags('enrolments')
@Controller('competitions')
export class WithdrawEnrolmentHttpController {
  constructor(private readonly withdrawEnrolment: WithdrawEnrolmentService) {}

  @Post(':id/enrolments/:enrolmentId/withdraw')
  @HttpCode(200)
  @RequireRoles(...enrolmentRoles)
  @ApiOperation({
    operationId: 'withdrawEnrolment',
    summary: '退出报名',
    description: 'Withdraws an enrolment (退出) while the competition is open or running; the record stays, withdrawn',
  })
  @ApiOkResponse({ type: EnrolmentResponseDto })
  @ApiConflictResponse({ description: 'Already withdrawn, or the competition no longer takes enrolments' })
  @ApiForbiddenResponse({ description: 'The enrolled unit is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No such competition, or no such enrolment in it' })
  withdraw(
    @Param('id', competitionIdPipe) id: string,
    @Param('enrolmentId', enrolmentIdPipe) enrolmentId: string,
    @Body() body: WithdrawEnrolmentRequestDto,
    @CurrentCaller() caller: Caller,
  ): Promise<EnrolmentResponseDto> {
    return this.withdrawEnrolment.execute(id, enrolmentId, body, caller);
  }
}

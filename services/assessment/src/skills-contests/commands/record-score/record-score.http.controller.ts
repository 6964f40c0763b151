import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { contestantIdParam } from '../../contest-params';
import { RecordScoreRequestDto } from './record-score.request.dto';
import { RecordScoreService } from './record-score.service';
import { ContestScoreDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class RecordScoreHttpController {
  constructor(private readonly recordScore: RecordScoreService) {}

  @Put(':id/scores/:contestantId')
  @ApiOperation({
    operationId: 'recordContestScore',
    summary: '评委打分',
    description: 'A judge on the panel scores a contestant per item, or corrects their own score, until sign-off; never a contestant of their own enterprise (回避).',
  })
  @RequireRoles('judge', ...unionCadreRoles)
  @ApiOkResponse({ type: ContestScoreDto, description: "The caller's score of the contestant: points per item and total" })
  @ApiBadRequestResponse({ description: 'Points missing, unknown, negative, over the item maximum or with more than two decimals' })
  @ApiForbiddenResponse({ description: 'Not on the panel, or the contestant is from the judge\'s own enterprise (回避)' })
  @ApiConflictResponse({ description: 'Signed off: the scores are locked' })
  record(
    @Param('id', idParam) id: string,
    @Param('contestantId', contestantIdParam) contestantId: string,
    @Body() body: RecordScoreRequestDto,
    @CurrentCaller() caller: Caller,
  ) {
    return this.recordScore.execute(id, contestantId, body, caller);
  }
}

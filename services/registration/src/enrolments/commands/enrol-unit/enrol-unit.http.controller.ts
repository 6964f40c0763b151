import { Body, Controller, Param, Post } from '@nestjs/common';
import {
  ApiBadRequestResponse,
  ApiConflictResponse,
  ApiCreatedResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOperation,
  ApiTags,
} from '@nestjs/swagger';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { competitionIdPipe, enrolmentRoles } from '../../enrolment-access';
import { EnrolmentResponseDto } from '../../enrolment.response.dto';
import { EnrolUnitRequestDto } from './enrol-unit.request.dto';
import { EnrolUnitService } from './enrol-unit.service';

@ApiTags('enrolments')
@Controller('competitions')
export class EnrolUnitHttpController {
  constructor(private readonly enrolUnit: EnrolUnitService) {}

  @Post(':id/enrolments')
  @RequireRoles(...enrolmentRoles)
  @ApiOperation({
    operationId: 'enrolUnit',
    summary: '报名参赛',
    description: 'Enrols an enterprise (its union) or a team (报名) in a competition that is open or running',
  })
  @ApiCreatedResponse({ type: EnrolmentResponseDto })
  @ApiBadRequestResponse({ description: "The unit is outside the competition's participant scope (the reason is given), or participants exceed the enterprise's headcount" })
  @ApiConflictResponse({ description: 'The competition is not open or running (its status is given), or the unit is already enrolled' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No competition has this id' })
  enrol(@Param('id', competitionIdPipe) id: string, @Body() body: EnrolUnitRequestDto, @CurrentCaller() caller: Caller): Promise<EnrolmentResponseDto> {
    return this.enrolUnit.execute(id, body, caller);
  }
}

import { Controller, Get, Param } from '@nestjs/common';
import { ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Caller, CurrentCaller, idParam } from '@lc/platform';
import { CompetitionResponseDto } from '../../competition.response.dto';
import { GetCompetitionQuery } from './get-competition.query';

@ApiTags('competitions')
@Controller('competitions')
export class GetCompetitionHttpController {
  constructor(private readonly getCompetition: GetCompetitionQuery) {}

  @Get(':id')
  @ApiOperation({ operationId: 'getCompetition', summary: '查看竞赛' })
  @ApiOkResponse({ type: CompetitionResponseDto, description: 'The competition with its organiser' })
  @ApiNotFoundResponse({ description: 'No competition has this id' })
  @ApiForbiddenResponse({ description: 'The organiser is not in your line of units' })
  get(@Param('id', idParam) id: string, @CurrentCaller() caller: Caller) {
    return this.getCompetition.execute(id, caller);
  }
}

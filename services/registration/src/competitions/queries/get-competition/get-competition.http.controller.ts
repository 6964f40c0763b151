import { BadRequestException, Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiTags } from '@nestjs/swagger';
import { CompetitionResponseDto } from '../../competition.response.dto';
import { GetCompetitionQuery } from './get-competition.query';

const competitionIdPipe = new ParseUUIDPipe({ exceptionFactory: () => new BadRequestException('id must be a UUID') });

@ApiTags('competitions')
@Controller('competitions')
export class GetCompetitionHttpController {
  constructor(private readonly getCompetition: GetCompetitionQuery) {}

  @Get(':id')
  @ApiOkResponse({ type: CompetitionResponseDto, description: 'The competition and its acknowledgement workflow' })
  @ApiNotFoundResponse({ description: 'No competition has this id' })
  get(@Param('id', competitionIdPipe) id: string) {
    return this.getCompetition.execute(id);
  }
}

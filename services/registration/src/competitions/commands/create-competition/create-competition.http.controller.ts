import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { CorrelationId } from '@lc/platform';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';
import { CreateCompetitionRequestDto } from './create-competition.request.dto';
import { CreateCompetitionService } from './create-competition.service';

@ApiTags('competitions')
@Controller('competitions')
export class CreateCompetitionHttpController {
  constructor(private readonly createCompetition: CreateCompetitionService) {}

  @Post()
  @ApiCreatedResponse({ type: CompetitionResponseDto, description: 'The draft competition' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid; the message names it' })
  async create(@Body() body: CreateCompetitionRequestDto, @CorrelationId() correlationId: string) {
    return toCompetitionResponse(await this.createCompetition.execute(body, correlationId));
  }
}

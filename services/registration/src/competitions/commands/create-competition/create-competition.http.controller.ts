import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { CompetitionResponseDto, toCompetitionResponse } from '../../competition.response.dto';
import { CreateCompetitionRequestDto } from './create-competition.request.dto';
import { CreateCompetitionService } from './create-competition.service';

@ApiTags('competitions')
@Controller('competitions')
export class CreateCompetitionHttpController {
  constructor(private readonly createCompetition: CreateCompetitionService) {}

  @Post()
  @RequireRoles(...unionCadreRoles)
  @ApiOperation({
    operationId: 'createCompetition',
    summary: '创建竞赛',
    description: 'A union cadre creates a draft competition with its whole plan, organised by a unit in their subtree; with parentCompetitionId, a sub-competition (四级联赛) of a filed one.',
  })
  @ApiCreatedResponse({ type: CompetitionResponseDto, description: 'The draft competition' })
  @ApiBadRequestResponse({ description: 'A field is missing or invalid; the message names it' })
  @ApiForbiddenResponse({ description: 'The organiser is outside your subtree' })
  async create(@Body() body: CreateCompetitionRequestDto, @CurrentCaller() caller: Caller) {
    return toCompetitionResponse(await this.createCompetition.execute(body, caller));
  }
}

import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { AddContestantRequestDto } from './add-contestant.request.dto';
import { AddContestantService } from './add-contestant.service';
import { SkillsContestDto } from '../../skills-contest.response.dto';

@ApiTags('skills contests')
@Controller('skills-contests')
export class AddContestantHttpController {
  constructor(private readonly addContestant: AddContestantService) {}

  @Post(':id/contestants')
  @ApiOperation({
    operationId: 'addContestant',
    summary: '添加参赛选手',
    description: 'A union cadre enters a worker of a unit under the organiser; the worker\'s enterprise is recorded.',
  })
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ type: SkillsContestDto, description: 'The contest with its contestants' })
  @ApiBadRequestResponse({ description: 'Unknown or deactivated user, not a worker, or not under the organiser' })
  @ApiConflictResponse({ description: 'Signed off, already a contestant, or on the panel' })
  add(@Param('id', idParam) id: string, @Body() body: AddContestantRequestDto, @CurrentCaller() caller: Caller) {
    return this.addContestant.execute(id, body, caller);
  }
}

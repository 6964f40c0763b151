import { Body, Controller, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiTags } from '@nestjs/swagger';
import { unionCadreRoles } from '@lc/org';
import { Caller, CurrentCaller, idParam, RequireRoles } from '@lc/platform';
import { AddJudgeRequestDto } from './add-judge.request.dto';
import { AddJudgeService } from './add-judge.service';

@ApiTags('skills contests')
@Controller('skills-contests')
export class AddJudgeHttpController {
  constructor(private readonly addJudge: AddJudgeService) {}

  @Post(':id/judges')
  @RequireRoles(...unionCadreRoles)
  @ApiCreatedResponse({ description: 'The contest with its panel' })
  @ApiBadRequestResponse({ description: 'Unknown or deactivated user, not a judge or union cadre, or outside the organiser\'s line' })
  @ApiConflictResponse({ description: 'Signed off, already on the panel, a contestant, or a second chief' })
  add(@Param('id', idParam) id: string, @Body() body: AddJudgeRequestDto, @CurrentCaller() caller: Caller) {
    return this.addJudge.execute(id, body, caller);
  }
}

import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { OrgUnitResponseDto, toOrgUnitResponse } from '../../org-unit.response.dto';
import { MoveOrgUnitRequestDto } from './move-org-unit.request.dto';
import { MoveOrgUnitService } from './move-org-unit.service';

@ApiTags('org units')
@Controller('org-units')
export class MoveOrgUnitHttpController {
  constructor(private readonly moveOrgUnit: MoveOrgUnitService) {}

  @Post(':id/move')
  @HttpCode(200)
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'moveOrgUnit',
    summary: '调整组织隶属关系',
    description: "Moves the unit with its whole subtree under a new parent; the caller's unit must be above the unit, and the new parent within the caller's subtree.",
  })
  @ApiOkResponse({ type: OrgUnitResponseDto, description: 'The unit at its new place; its subtree moved with it' })
  @ApiBadRequestResponse({ description: 'The move would make a cycle, or the kind may not sit under the new parent' })
  @ApiForbiddenResponse({ description: 'You are not above the unit, or the new parent is outside your subtree' })
  @ApiNotFoundResponse({ description: 'The unit or the new parent does not exist' })
  async move(@Param('id') id: string, @Body() body: MoveOrgUnitRequestDto, @CurrentCaller() caller: Caller): Promise<OrgUnitResponseDto> {
    return toOrgUnitResponse(await this.moveOrgUnit.execute(id, body, caller));
  }
}

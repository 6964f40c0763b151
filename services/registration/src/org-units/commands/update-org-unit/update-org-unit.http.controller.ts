import { Body, Controller, Param, Patch } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { OrgUnitResponseDto, toOrgUnitResponse } from '../../org-unit.response.dto';
import { UpdateOrgUnitRequestDto } from './update-org-unit.request.dto';
import { UpdateOrgUnitService } from './update-org-unit.service';

@ApiTags('org units')
@Controller('org-units')
export class UpdateOrgUnitHttpController {
  constructor(private readonly updateOrgUnit: UpdateOrgUnitService) {}

  @Patch(':id')
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({ operationId: 'updateOrgUnit', summary: '修改组织单位' })
  @ApiOkResponse({ type: OrgUnitResponseDto })
  @ApiBadRequestResponse({ description: 'A field is invalid; the message names it' })
  @ApiConflictResponse({ description: 'The new credit code belongs to another enterprise' })
  @ApiForbiddenResponse({ description: 'The unit is outside your subtree' })
  @ApiNotFoundResponse({ description: 'No unit has this id' })
  async update(@Param('id') id: string, @Body() body: UpdateOrgUnitRequestDto, @CurrentCaller() caller: Caller): Promise<OrgUnitResponseDto> {
    return toOrgUnitResponse(await this.updateOrgUnit.execute(id, body, caller));
  }
}

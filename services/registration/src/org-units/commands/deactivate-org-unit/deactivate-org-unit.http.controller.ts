import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { OrgUnitResponseDto, toOrgUnitResponse } from '../../org-unit.response.dto';
import { DeactivateOrgUnitRequestDto } from './deactivate-org-unit.request.dto';
import { DeactivateOrgUnitService } from './deactivate-org-unit.service';

@ApiTags('org units')
@Controller('org-units')
export class DeactivateOrgUnitHttpController {
  constructor(private readonly deactivateOrgUnit: DeactivateOrgUnitService) {}

  @Post(':id/deactivate')
  @HttpCode(200)
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'deactivateOrgUnit',
    summary: '停用组织单位',
    description: 'Only a union above the unit. A unit is never deleted: it stays with its history, and the sessions of every user under it end.',
  })
  @ApiOkResponse({ type: OrgUnitResponseDto })
  @ApiConflictResponse({ description: 'Already deactivated, or active sub-units remain' })
  @ApiForbiddenResponse({ description: 'Only a union above the unit deactivates it' })
  @ApiNotFoundResponse({ description: 'No unit has this id' })
  async deactivate(@Param('id') id: string, @Body() body: DeactivateOrgUnitRequestDto, @CurrentCaller() caller: Caller): Promise<OrgUnitResponseDto> {
    return toOrgUnitResponse(await this.deactivateOrgUnit.execute(id, body, caller));
  }
}

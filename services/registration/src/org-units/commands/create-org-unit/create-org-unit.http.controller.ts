import { Body, Controller, Post } from '@nestjs/common';
import { ApiBadRequestResponse, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { treeKeeperRoles } from '@lc/org';
import { Caller, CurrentCaller, RequireRoles } from '@lc/platform';
import { OrgUnitResponseDto, toOrgUnitResponse } from '../../org-unit.response.dto';
import { CreateOrgUnitRequestDto } from './create-org-unit.request.dto';
import { CreateOrgUnitService } from './create-org-unit.service';

@ApiTags('org units')
@Controller('org-units')
export class CreateOrgUnitHttpController {
  constructor(private readonly createOrgUnit: CreateOrgUnitService) {}

  @Post()
  @RequireRoles(...treeKeeperRoles)
  @ApiOperation({
    operationId: 'createOrgUnit',
    summary: '新增组织单位',
    description: 'Union cadres shape the tree within their subtree; the kind must be one that may sit under the parent.',
  })
  @ApiCreatedResponse({ type: OrgUnitResponseDto })
  @ApiBadRequestResponse({ description: 'A field is invalid, or the kind may not sit under that parent; the message names the field' })
  @ApiConflictResponse({ description: 'The id or the credit code is taken' })
  @ApiForbiddenResponse({ description: 'The parent is outside your subtree' })
  async create(@Body() body: CreateOrgUnitRequestDto, @CurrentCaller() caller: Caller): Promise<OrgUnitResponseDto> {
    return toOrgUnitResponse(await this.createOrgUnit.execute(body, caller));
  }
}
